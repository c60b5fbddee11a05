-- Daily duration samples for before/after comparisons (insights/changes): per site, day, device and
-- target, the `(ts, value)` of every field_dwell (hesitation_ms, per form and field), page_dwell
-- (engaged_ms, per path) and form_success (duration_ms, per form). A comparison reads one target's
-- samples instead of scanning the window's events of that kind (≈310k rows for 28 days of one site on
-- the 10M-event bench). A row holds a day's samples (hundreds), so granules are 128 rows, not 8,192
-- (reading one target's days read whole granules of every target: ≈24 against ≈13 ms). No session
-- ids. The INSERT … SELECT at the end backfills stored rows.
CREATE TABLE IF NOT EXISTS minwon_ux.daily_durations
(
    site_id   LowCardinality(String),
    day       Date,
    device    LowCardinality(String),
    kind      LowCardinality(String),
    form_id   LowCardinality(String),
    field_id  LowCardinality(String),
    path      String,
    samples   SimpleAggregateFunction(groupArrayArray, Array(Tuple(DateTime64(3, 'UTC'), UInt32)))
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (site_id, kind, form_id, field_id, path, day, device)
SETTINGS index_granularity = 128;

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.daily_durations_mv TO minwon_ux.daily_durations AS
SELECT site_id, toDate(ts) AS day, device, kind,
       if(kind = 'page_dwell', '', form_id) AS form_id, if(kind = 'field_dwell', field_id, '') AS field_id, if(kind = 'page_dwell', path, '') AS path,
       groupArray((ts, multiIf(kind = 'field_dwell', hesitation_ms, kind = 'page_dwell', engaged_ms, duration_ms))) AS samples
FROM minwon_ux.events
WHERE kind IN ('field_dwell', 'page_dwell', 'form_success')
GROUP BY site_id, day, device, kind, form_id, field_id, path;

INSERT INTO minwon_ux.daily_durations
SELECT site_id, toDate(ts) AS day, device, kind,
       if(kind = 'page_dwell', '', form_id) AS form_id, if(kind = 'field_dwell', field_id, '') AS field_id, if(kind = 'page_dwell', path, '') AS path,
       groupArray((ts, multiIf(kind = 'field_dwell', hesitation_ms, kind = 'page_dwell', engaged_ms, duration_ms)))
FROM minwon_ux.events
WHERE kind IN ('field_dwell', 'page_dwell', 'form_success')
GROUP BY site_id, day, device, kind, form_id, field_id, path;
