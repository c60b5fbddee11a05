-- Dashboard and API users. password_hash is `scrypt$N$r$p$salt$hash` (per-user random salt).
-- Login failures and lock-outs live in login_state so a failed login never rewrites this row.
CREATE TABLE IF NOT EXISTS minwon_ux.users
(
    user_id               String,
    email                 String,
    name                  String,
    role                  LowCardinality(String),
    agency_id             String,
    password_hash         String,
    must_change_password  UInt8 DEFAULT 0,
    created_at            DateTime64(3, 'UTC') DEFAULT now64(3),
    version               UInt64,
    deleted               UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree(version)
ORDER BY user_id;
-- Consecutive failed logins per user and the lock-out they cause; reset by a successful login,
-- an admin unlock or a password reset.
CREATE TABLE IF NOT EXISTS minwon_ux.login_state
(
    user_id          String,
    failed_attempts  UInt32,
    locked_until     DateTime64(3, 'UTC'),
    version          UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY user_id;
