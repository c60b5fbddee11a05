-- Daily per-form scorecard inputs (issue 16), split by first-time / returning visitors: the distinct
-- sessions (sipHash64 of session_id, as 0030) that started, completed, saw an input error and saw a
-- repeated input error (attempt ≥ 2) on the form; the form_success durations as a log-bucket
-- histogram (key k counts values v with round(ln(v + 1) / ln(1.05)) = k, as 0034); the survey's
-- answers (count and sum of the 1–5 ratings). A range's figures are `length(groupUniqArrayArray(…))`
-- and `sumMap` over its days. The INSERT … SELECT at the end backfills stored rows.
CREATE TABLE IF NOT EXISTS minwon_ux.daily_scorecard
(
    site_id              LowCardinality(String),
    day                  Date,
    form_id              LowCardinality(String),
    returning            UInt8,
    start_hashes         SimpleAggregateFunction(groupUniqArrayArray, Array(UInt64)),
    success_hashes       SimpleAggregateFunction(groupUniqArrayArray, Array(UInt64)),
    error_hashes         SimpleAggregateFunction(groupUniqArrayArray, Array(UInt64)),
    repeat_error_hashes  SimpleAggregateFunction(groupUniqArrayArray, Array(UInt64)),
    completion_hist      SimpleAggregateFunction(sumMap, Map(UInt16, UInt64)),
    answers              SimpleAggregateFunction(sum, UInt64),
    answer_sum           SimpleAggregateFunction(sum, UInt64)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (site_id, day, form_id, returning);

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.daily_scorecard_mv TO minwon_ux.daily_scorecard AS
SELECT site_id, toDate(ts) AS day, form_id, returning,
       groupUniqArrayIf(sipHash64(session_id), kind = 'form_start') AS start_hashes,
       groupUniqArrayIf(sipHash64(session_id), kind = 'form_success') AS success_hashes,
       groupUniqArrayIf(sipHash64(session_id), kind = 'input_error') AS error_hashes,
       groupUniqArrayIf(sipHash64(session_id), kind = 'input_error' AND attempt >= 2) AS repeat_error_hashes,
       sumMapIf(map(toUInt16(round(log(duration_ms + 1) / log(1.05))), toUInt64(1)), kind = 'form_success' AND duration_ms > 0) AS completion_hist,
       countIf(kind = 'survey_answer') AS answers,
       sumIf(toUInt64(rating), kind = 'survey_answer') AS answer_sum
FROM minwon_ux.events
WHERE kind IN ('form_start', 'form_success', 'input_error', 'survey_answer') AND form_id != ''
GROUP BY site_id, day, form_id, returning;

INSERT INTO minwon_ux.daily_scorecard
SELECT site_id, toDate(ts) AS day, form_id, returning,
       groupUniqArrayIf(sipHash64(session_id), kind = 'form_start'),
       groupUniqArrayIf(sipHash64(session_id), kind = 'form_success'),
       groupUniqArrayIf(sipHash64(session_id), kind = 'input_error'),
       groupUniqArrayIf(sipHash64(session_id), kind = 'input_error' AND attempt >= 2),
       sumMapIf(map(toUInt16(round(log(duration_ms + 1) / log(1.05))), toUInt64(1)), kind = 'form_success' AND duration_ms > 0),
       countIf(kind = 'survey_answer'),
       sumIf(toUInt64(rating), kind = 'survey_answer')
FROM minwon_ux.events
WHERE kind IN ('form_start', 'form_success', 'input_error', 'survey_answer') AND form_id != ''
GROUP BY site_id, day, form_id, returning;
