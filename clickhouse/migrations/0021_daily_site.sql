-- Daily per-site rollup (overview): sessions, visitors, events per kind, form funnels, engaged time.
-- AggregatingMergeTree: read with uniqMerge/sum and GROUP BY; the MV sees rows inserted after it
-- exists, so the INSERT … SELECT at the end backfills rows already stored.
CREATE TABLE IF NOT EXISTS minwon_ux.daily_site
(
    site_id          LowCardinality(String),
    day              Date,
    device           LowCardinality(String),
    kind             LowCardinality(String),
    events           SimpleAggregateFunction(sum, UInt64),
    sessions         AggregateFunction(uniq, String),
    visitors         AggregateFunction(uniq, UInt64),
    engaged_sum      SimpleAggregateFunction(sum, UInt64)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (site_id, day, device, kind);

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.daily_site_mv TO minwon_ux.daily_site AS
SELECT site_id, toDate(ts) AS day, device, kind,
       count() AS events,
       uniqState(session_id) AS sessions,
       uniqState(visitor_id) AS visitors,
       sum(toUInt64(engaged_ms)) AS engaged_sum
FROM minwon_ux.events
GROUP BY site_id, day, device, kind;

INSERT INTO minwon_ux.daily_site
SELECT site_id, toDate(ts) AS day, device, kind,
       count(), uniqState(session_id), uniqState(visitor_id), sum(toUInt64(engaged_ms))
FROM minwon_ux.events
GROUP BY site_id, day, device, kind;
