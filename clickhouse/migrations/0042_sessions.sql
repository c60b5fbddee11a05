-- Dashboard sessions. The cookie holds a random token; only its SHA-256 is stored. The CSRF token is
-- random per session. Revocation is a new version with revoked = 1. Expired rows drop after a day.
CREATE TABLE IF NOT EXISTS minwon_ux.sessions
(
    token_hash  String,
    user_id     String,
    csrf_token  String,
    created_at  DateTime64(3, 'UTC'),
    expires_at  DateTime64(3, 'UTC'),
    revoked     UInt8 DEFAULT 0,
    version     UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY token_hash
TTL toDateTime(expires_at) + toIntervalDay(1);
