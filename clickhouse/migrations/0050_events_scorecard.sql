-- The scorecard's two event columns (issue 16):
--   returning  1 when the SDK saw the browser on the site before this session (a boolean kept in the
--              browser's localStorage, never an identifier), so first-time and returning visitors'
--              form completion can be told apart (학습용이성, 기억용이성); 0 for first-time or unknown.
--   rating     survey_answer: the satisfaction micro-survey's answer, 1 (very dissatisfied) – 5 (very
--              satisfied); 0 on every other row.
ALTER TABLE minwon_ux.events
    ADD COLUMN IF NOT EXISTS returning UInt8 DEFAULT 0,
    ADD COLUMN IF NOT EXISTS rating UInt8 DEFAULT 0;
