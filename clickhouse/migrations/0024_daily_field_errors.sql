-- Daily error messages per field (forms view error table, error-prone field evidence).
CREATE TABLE IF NOT EXISTS minwon_ux.daily_field_errors
(
    site_id        LowCardinality(String),
    day            Date,
    device         LowCardinality(String),
    form_id        LowCardinality(String),
    field_id       LowCardinality(String),
    error_kind     LowCardinality(String),
    error_message  String,
    errors         SimpleAggregateFunction(sum, UInt64),
    sessions       AggregateFunction(uniq, String)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (site_id, day, device, form_id, field_id, error_kind, error_message);

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.daily_field_errors_mv TO minwon_ux.daily_field_errors AS
SELECT site_id, toDate(ts) AS day, device, form_id, field_id, error_kind, error_message,
       count() AS errors, uniqState(session_id) AS sessions
FROM minwon_ux.events
WHERE kind = 'input_error'
GROUP BY site_id, day, device, form_id, field_id, error_kind, error_message;

INSERT INTO minwon_ux.daily_field_errors
SELECT site_id, toDate(ts) AS day, device, form_id, field_id, error_kind, error_message,
       count(), uniqState(session_id)
FROM minwon_ux.events
WHERE kind = 'input_error'
GROUP BY site_id, day, device, form_id, field_id, error_kind, error_message;
