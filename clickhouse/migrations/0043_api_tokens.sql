-- Analyst API tokens for /clickhouse: `token_id` is public (the user name), the secret is shown once
-- and only its SHA-256 is stored. A token acts with its user's role and sites at request time.
CREATE TABLE IF NOT EXISTS minwon_ux.api_tokens
(
    token_id     String,
    user_id      String,
    name         String,
    secret_hash  String,
    created_at   DateTime64(3, 'UTC') DEFAULT now64(3),
    expires_at   DateTime64(3, 'UTC'),
    revoked      UInt8 DEFAULT 0,
    version      UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY token_id;
