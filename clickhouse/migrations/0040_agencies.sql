-- Agencies own sites (sites.agency_id) and users. 'system' is the operators' agency: its admins see
-- and manage every site. ReplacingMergeTree by version: an update is a new row; read with FINAL.
CREATE TABLE IF NOT EXISTS minwon_ux.agencies
(
    agency_id   String,
    name        String,
    created_at  DateTime64(3, 'UTC') DEFAULT now64(3),
    version     UInt64,
    deleted     UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree(version)
ORDER BY agency_id;
