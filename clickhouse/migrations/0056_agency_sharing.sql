-- Opt-in sharing per agency (issue 17): whether the agency's service benchmarks are shown to other
-- agencies and exported as open data, whether under its name, and its stable pseudonym otherwise
-- ('A', 'QK', …; assigned at random once, kept for good). No row = not shared (the default).
-- ReplacingMergeTree by version: an update is a new row; read with FINAL. No site column: analysts
-- never see it.
CREATE TABLE IF NOT EXISTS minwon_ux.agency_sharing
(
    agency_id   String,
    enabled     UInt8,
    show_name   UInt8,
    pseudonym   String,
    updated_at  DateTime64(3, 'UTC') DEFAULT now64(3),
    version     UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY agency_id;
