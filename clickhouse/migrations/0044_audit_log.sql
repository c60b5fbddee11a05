-- Who did what, when: logins (success and failure), setting changes, SQL queries. Append-only,
-- kept 400 days. detail is JSON without secrets (never a password, token or cookie).
CREATE TABLE IF NOT EXISTS minwon_ux.audit_log
(
    ts         DateTime64(3, 'UTC'),
    user_id    String,
    email      String,
    agency_id  String,
    action     LowCardinality(String),
    target     String,
    outcome    LowCardinality(String),
    detail     String
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(ts)
ORDER BY (agency_id, ts)
TTL toDateTime(ts) + toIntervalDay(400);
