-- Per-agency scorecard targets (issue 16): the JSON of an agency's overrides of the default targets
-- (`ScorecardTargets` in packages/api-contract: minSessions, weights, per-criterion best/worst/minSamples),
-- merged over the defaults of the collector's formula. No row = the defaults. ReplacingMergeTree by
-- version: an update is a new row; read with FINAL.
CREATE TABLE IF NOT EXISTS minwon_ux.scorecard_targets
(
    agency_id   String,
    targets     String,
    updated_at  DateTime64(3, 'UTC') DEFAULT now64(3),
    version     UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY agency_id;
