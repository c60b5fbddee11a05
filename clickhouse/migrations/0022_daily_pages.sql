-- Daily per-page rollup (pages view): views, dwell distribution (buckets and t-digest quantiles of
-- engaged time), scroll depth buckets, quick backs, rage and dead clicks.
-- page: the event's path; a quick back counts against the page left quickly (target_path, else path).
CREATE TABLE IF NOT EXISTS minwon_ux.daily_pages
(
    site_id          LowCardinality(String),
    day              Date,
    device           LowCardinality(String),
    page             String,
    views            SimpleAggregateFunction(sum, UInt64),
    sessions         AggregateFunction(uniq, String),
    dwells           SimpleAggregateFunction(sum, UInt64),
    engaged_sum      SimpleAggregateFunction(sum, UInt64),
    engaged_q        AggregateFunction(quantilesTDigest(0.25, 0.5, 0.75, 0.9), UInt32),
    dwell_buckets    SimpleAggregateFunction(sumMap, Map(String, UInt64)),
    scroll_buckets   SimpleAggregateFunction(sumMap, Map(String, UInt64)),
    quick_backs      SimpleAggregateFunction(sum, UInt64),
    rage_clicks      SimpleAggregateFunction(sum, UInt64),
    dead_clicks      SimpleAggregateFunction(sum, UInt64)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (site_id, day, device, page);

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.daily_pages_mv TO minwon_ux.daily_pages AS
SELECT site_id, toDate(ts) AS day, device,
       if(kind = 'quick_back' AND target_path != '', target_path, path) AS page,
       countIf(kind = 'page_view') AS views,
       uniqStateIf(session_id, kind = 'page_view') AS sessions,
       countIf(kind = 'page_dwell') AS dwells,
       sumIf(toUInt64(engaged_ms), kind = 'page_dwell') AS engaged_sum,
       quantilesTDigestStateIf(0.25, 0.5, 0.75, 0.9)(engaged_ms, kind = 'page_dwell') AS engaged_q,
       sumMapIf(map(multiIf(engaged_ms < 5000, 'a_0_5s', engaged_ms < 15000, 'b_5_15s', engaged_ms < 30000, 'c_15_30s', engaged_ms < 60000, 'd_30_60s', engaged_ms < 180000, 'e_1_3m', engaged_ms < 600000, 'f_3_10m', 'g_10m_plus'), toUInt64(1)), kind = 'page_dwell') AS dwell_buckets,
       sumMapIf(map(multiIf(scroll_pct < 25, 'a_0_25', scroll_pct < 50, 'b_25_50', scroll_pct < 75, 'c_50_75', scroll_pct < 90, 'd_75_90', 'e_90_100'), toUInt64(1)), kind = 'page_dwell') AS scroll_buckets,
       countIf(kind = 'quick_back') AS quick_backs,
       sumIf(toUInt64(count), kind = 'rage_click') AS rage_clicks,
       countIf(kind = 'dead_click') AS dead_clicks
FROM minwon_ux.events
WHERE kind IN ('page_view', 'page_dwell', 'quick_back', 'rage_click', 'dead_click')
GROUP BY site_id, day, device, page;

INSERT INTO minwon_ux.daily_pages
SELECT site_id, toDate(ts) AS day, device,
       if(kind = 'quick_back' AND target_path != '', target_path, path) AS page,
       countIf(kind = 'page_view'),
       uniqStateIf(session_id, kind = 'page_view'),
       countIf(kind = 'page_dwell'),
       sumIf(toUInt64(engaged_ms), kind = 'page_dwell'),
       quantilesTDigestStateIf(0.25, 0.5, 0.75, 0.9)(engaged_ms, kind = 'page_dwell'),
       sumMapIf(map(multiIf(engaged_ms < 5000, 'a_0_5s', engaged_ms < 15000, 'b_5_15s', engaged_ms < 30000, 'c_15_30s', engaged_ms < 60000, 'd_30_60s', engaged_ms < 180000, 'e_1_3m', engaged_ms < 600000, 'f_3_10m', 'g_10m_plus'), toUInt64(1)), kind = 'page_dwell'),
       sumMapIf(map(multiIf(scroll_pct < 25, 'a_0_25', scroll_pct < 50, 'b_25_50', scroll_pct < 75, 'c_50_75', scroll_pct < 90, 'd_75_90', 'e_90_100'), toUInt64(1)), kind = 'page_dwell'),
       countIf(kind = 'quick_back'),
       sumIf(toUInt64(count), kind = 'rage_click'),
       countIf(kind = 'dead_click')
FROM minwon_ux.events
WHERE kind IN ('page_view', 'page_dwell', 'quick_back', 'rage_click', 'dead_click')
GROUP BY site_id, day, device, page;
