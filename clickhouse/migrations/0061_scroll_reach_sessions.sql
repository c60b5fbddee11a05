-- Scroll reach per session instead of per page_dwell report (replaces 0060's daily_scroll_reach):
-- the SDK sends a page_dwell when the tab is hidden and another when the page view ends, each with the
-- deepest point so far, so counting reports counted some page views twice. Here each session's
-- deepest scroll on a page and day is one row; the share reaching depth d is the sessions whose
-- deepest point is >= d over the sessions with a report.
DROP VIEW IF EXISTS minwon_ux.daily_scroll_reach_mv;

DROP TABLE IF EXISTS minwon_ux.daily_scroll_reach;

CREATE TABLE IF NOT EXISTS minwon_ux.daily_scroll_sessions
(
    site_id        LowCardinality(String),
    day            Date,
    path           String,
    device         LowCardinality(String),
    session_id     String,
    max_scroll_pct SimpleAggregateFunction(max, UInt8),
    retention_days SimpleAggregateFunction(max, UInt16)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (site_id, path, day, device, session_id)
TTL day + toIntervalDay(retention_days);

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.daily_scroll_sessions_mv TO minwon_ux.daily_scroll_sessions AS
SELECT site_id, toDate(ts) AS day, path, device, session_id,
       max(scroll_pct) AS max_scroll_pct, max(retention_days) AS retention_days
FROM minwon_ux.events
WHERE kind = 'page_dwell'
GROUP BY site_id, day, path, device, session_id;

INSERT INTO minwon_ux.daily_scroll_sessions
SELECT site_id, toDate(ts) AS day, path, device, session_id, max(scroll_pct), max(retention_days)
FROM minwon_ux.events
WHERE kind = 'page_dwell'
GROUP BY site_id, day, path, device, session_id;
