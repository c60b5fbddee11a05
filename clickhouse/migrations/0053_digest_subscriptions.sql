-- Monthly scorecard e-mail digest subscriptions (issue 16): one row per user (their account's e-mail
-- and sites); `last_month` is the last month (YYYY-MM) a scheduled digest went to them, so a restart
-- never sends a month twice. ReplacingMergeTree by version: an update is a new row; read with FINAL.
CREATE TABLE IF NOT EXISTS minwon_ux.digest_subscriptions
(
    user_id     String,
    subscribed  UInt8,
    last_month  String DEFAULT '',
    updated_at  DateTime64(3, 'UTC') DEFAULT now64(3),
    version     UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY user_id;
