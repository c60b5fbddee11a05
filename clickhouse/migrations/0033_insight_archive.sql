-- The insight archive: each day's detector inputs, written by the collector (insights/archive/) the
-- first time the insights page needs a day and again when the day's events change, so the page
-- reads one small table instead of running nine detectors over the rollups and `session_facts`
-- (as Matomo archives its reports). Internal to the dashboard; analysts read the rollups.
--
-- daily_insight_inputs: one row per day, device, source and key. `source` names the detector input
-- (insights/archive/sources.ts says which counts, key parts, label and maps each one holds); `counts`
-- are summed position by position over days (sumForEach); `hist_a`, `hist_b` are log-bucket
-- histograms like daily_fields' (key k counts values v with round(ln(v + 1) / ln 1.05) = k);
-- `examples` holds up to 5 example session ids. Only the rows of a day's latest archive run count
-- (`archive_id`, from insight_archive_days); older runs' rows are deleted after a new run. Not
-- partitioned: a run is one insert of all sources and so one part (a few hundred rows per day), where
-- monthly partitions made a part per month and source.
CREATE TABLE IF NOT EXISTS minwon_ux.daily_insight_inputs
(
    site_id        LowCardinality(String),
    day            Date,
    archive_id     UInt64,
    device         LowCardinality(String),
    source         LowCardinality(String),
    key            Array(String),
    label          String,
    counts         Array(UInt64),
    hist_a         Map(UInt16, UInt64),
    hist_b         Map(UInt16, UInt64),
    examples       Array(String),
    retention_days UInt16
)
ENGINE = MergeTree
ORDER BY (site_id, day, archive_id, device, source, key)
TTL day + toIntervalDay(retention_days);

-- One row per archive run and day: the day's event count (daily_sessions) when the run began, so a day
-- whose count has changed since is archived again. The latest run of a day (the highest archive_id:
-- ids grow with time, and a run deletes only the rows of lower ids, so two collectors archiving the
-- same day at once leave the later run's rows and record) counts.
CREATE TABLE IF NOT EXISTS minwon_ux.insight_archive_days
(
    site_id        LowCardinality(String),
    day            Date,
    archive_id     UInt64,
    events         UInt64,
    archived_at    DateTime64(3, 'UTC'),
    retention_days UInt16
)
ENGINE = ReplacingMergeTree(archive_id)
ORDER BY (site_id, day)
TTL day + toIntervalDay(retention_days);
