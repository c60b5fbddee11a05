-- Daily per-form and per-step rollup (overview completion rate, forms funnel, step drop-off).
-- step = 0 rows hold the form's own events; step_view rows keep their step number and label.
CREATE TABLE IF NOT EXISTS minwon_ux.daily_forms
(
    site_id           LowCardinality(String),
    day               Date,
    device            LowCardinality(String),
    form_id           LowCardinality(String),
    step              UInt8,
    step_label        String,
    start_sessions    AggregateFunction(uniq, String),
    submit_sessions   AggregateFunction(uniq, String),
    success_sessions  AggregateFunction(uniq, String),
    abandon_sessions  AggregateFunction(uniq, String),
    error_sessions    AggregateFunction(uniq, String),
    step_sessions     AggregateFunction(uniq, String),
    blocked_submits   SimpleAggregateFunction(sum, UInt64),
    submits           SimpleAggregateFunction(sum, UInt64)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (site_id, day, device, form_id, step, step_label);

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.daily_forms_mv TO minwon_ux.daily_forms AS
SELECT site_id, toDate(ts) AS day, device, form_id,
       if(kind = 'step_view', step, 0) AS step,
       if(kind = 'step_view', props['step_label'], '') AS step_label,
       uniqStateIf(session_id, kind = 'form_start') AS start_sessions,
       uniqStateIf(session_id, kind = 'form_submit') AS submit_sessions,
       uniqStateIf(session_id, kind = 'form_success') AS success_sessions,
       uniqStateIf(session_id, kind = 'form_abandon') AS abandon_sessions,
       uniqStateIf(session_id, kind = 'input_error') AS error_sessions,
       uniqStateIf(session_id, kind = 'step_view') AS step_sessions,
       countIf(kind = 'form_submit' AND blocked = 1) AS blocked_submits,
       countIf(kind = 'form_submit') AS submits
FROM minwon_ux.events
WHERE kind IN ('form_start', 'form_submit', 'form_success', 'form_abandon', 'input_error', 'step_view')
GROUP BY site_id, day, device, form_id, step, step_label;

INSERT INTO minwon_ux.daily_forms
SELECT site_id, toDate(ts) AS day, device, form_id,
       if(kind = 'step_view', step, 0) AS step,
       if(kind = 'step_view', props['step_label'], '') AS step_label,
       uniqStateIf(session_id, kind = 'form_start'), uniqStateIf(session_id, kind = 'form_submit'),
       uniqStateIf(session_id, kind = 'form_success'), uniqStateIf(session_id, kind = 'form_abandon'),
       uniqStateIf(session_id, kind = 'input_error'), uniqStateIf(session_id, kind = 'step_view'),
       countIf(kind = 'form_submit' AND blocked = 1), countIf(kind = 'form_submit')
FROM minwon_ux.events
WHERE kind IN ('form_start', 'form_submit', 'form_success', 'form_abandon', 'input_error', 'step_view')
GROUP BY site_id, day, device, form_id, step, step_label;
