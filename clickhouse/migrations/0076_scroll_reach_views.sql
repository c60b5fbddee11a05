-- Scroll reach per page view (the click and scroll map's `scroll`): a session that opens a page three
-- times and reads it to the end once reached the end in one of three page views. The SDK stamps each
-- page_dwell with `pv`, its page view's start (events.props['pv']); a page view's reports (on hide,
-- on leave) carry the deepest point so far, so its deepest report is the page view's reach. Reports
-- without `pv` (SDKs before it) count as one page view per session and day, as 0061 counts them.
-- 0061's daily_scroll_sessions stays: the unseen-content insight counts sessions.
CREATE TABLE IF NOT EXISTS minwon_ux.daily_scroll_views
(
    site_id        LowCardinality(String),
    day            Date,
    path           String,
    device         LowCardinality(String),
    session_id     String,
    page_view      String,
    max_scroll_pct SimpleAggregateFunction(max, UInt8),
    retention_days SimpleAggregateFunction(max, UInt16)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (site_id, path, day, device, session_id, page_view)
TTL day + toIntervalDay(retention_days);

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.daily_scroll_views_mv TO minwon_ux.daily_scroll_views AS
SELECT site_id, toDate(ts) AS day, path, device, session_id, props['pv'] AS page_view,
       max(scroll_pct) AS max_scroll_pct, max(retention_days) AS retention_days
FROM minwon_ux.events
WHERE kind = 'page_dwell'
GROUP BY site_id, day, path, device, session_id, page_view;

INSERT INTO minwon_ux.daily_scroll_views
SELECT site_id, toDate(ts) AS day, path, device, session_id, props['pv'] AS page_view,
       max(scroll_pct), max(retention_days)
FROM minwon_ux.events
WHERE kind = 'page_dwell'
GROUP BY site_id, day, path, device, session_id, page_view;
