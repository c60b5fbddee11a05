-- Daily per-field rollup (forms view, error-prone and slow field insights): sessions that touched the
-- field, sessions with an error on it, errors and repeated errors, focus and hesitation time, abandons
-- (form_abandon's field_id is the last field touched).
CREATE TABLE IF NOT EXISTS minwon_ux.daily_fields
(
    site_id          LowCardinality(String),
    day              Date,
    device           LowCardinality(String),
    form_id          LowCardinality(String),
    field_id         LowCardinality(String),
    touched_sessions AggregateFunction(uniq, String),
    error_sessions   AggregateFunction(uniq, String),
    errors           SimpleAggregateFunction(sum, UInt64),
    repeat_errors    SimpleAggregateFunction(sum, UInt64),
    dwells           SimpleAggregateFunction(sum, UInt64),
    focus_sum        SimpleAggregateFunction(sum, UInt64),
    hesitation_sum   SimpleAggregateFunction(sum, UInt64),
    corrections_sum  SimpleAggregateFunction(sum, UInt64),
    focus_q          AggregateFunction(quantilesTDigest(0.5, 0.9), UInt32),
    hesitation_q     AggregateFunction(quantilesTDigest(0.5, 0.9), UInt32),
    abandons         SimpleAggregateFunction(sum, UInt64)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (site_id, day, device, form_id, field_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.daily_fields_mv TO minwon_ux.daily_fields AS
SELECT site_id, toDate(ts) AS day, device, form_id, field_id,
       uniqState(session_id) AS touched_sessions,
       uniqStateIf(session_id, kind = 'input_error') AS error_sessions,
       countIf(kind = 'input_error') AS errors,
       countIf(kind = 'input_error' AND attempt >= 2) AS repeat_errors,
       countIf(kind = 'field_dwell') AS dwells,
       sumIf(toUInt64(duration_ms), kind = 'field_dwell') AS focus_sum,
       sumIf(toUInt64(hesitation_ms), kind = 'field_dwell') AS hesitation_sum,
       sumIf(toUInt64(corrections), kind = 'field_dwell') AS corrections_sum,
       quantilesTDigestStateIf(0.5, 0.9)(duration_ms, kind = 'field_dwell') AS focus_q,
       quantilesTDigestStateIf(0.5, 0.9)(hesitation_ms, kind = 'field_dwell') AS hesitation_q,
       countIf(kind = 'form_abandon') AS abandons
FROM minwon_ux.events
WHERE kind IN ('field_dwell', 'input_error', 'form_abandon') AND field_id != ''
GROUP BY site_id, day, device, form_id, field_id;

INSERT INTO minwon_ux.daily_fields
SELECT site_id, toDate(ts) AS day, device, form_id, field_id,
       uniqState(session_id), uniqStateIf(session_id, kind = 'input_error'),
       countIf(kind = 'input_error'), countIf(kind = 'input_error' AND attempt >= 2),
       countIf(kind = 'field_dwell'), sumIf(toUInt64(duration_ms), kind = 'field_dwell'),
       sumIf(toUInt64(hesitation_ms), kind = 'field_dwell'), sumIf(toUInt64(corrections), kind = 'field_dwell'),
       quantilesTDigestStateIf(0.5, 0.9)(duration_ms, kind = 'field_dwell'),
       quantilesTDigestStateIf(0.5, 0.9)(hesitation_ms, kind = 'field_dwell'),
       countIf(kind = 'form_abandon')
FROM minwon_ux.events
WHERE kind IN ('field_dwell', 'input_error', 'form_abandon') AND field_id != ''
GROUP BY site_id, day, device, form_id, field_id;
