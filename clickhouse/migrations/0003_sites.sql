-- Registered sites. The ingest endpoint accepts only known keys from their allowed origins.
-- ReplacingMergeTree by version: an update is a new row; read with FINAL. deleted = 1 removes a site.
CREATE TABLE IF NOT EXISTS minwon_ux.sites
(
    site_key        String,
    name            String,
    agency_id       String DEFAULT '',
    origins         Array(String),
    retention_days  UInt16 DEFAULT 365,
    allowed_params  Array(String) DEFAULT [],
    created_at      DateTime64(3, 'UTC') DEFAULT now64(3),
    updated_at      DateTime64(3, 'UTC') DEFAULT now64(3),
    deleted         UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree(updated_at)
ORDER BY site_key;
