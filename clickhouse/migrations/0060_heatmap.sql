-- Click maps and scroll maps (issue 18).
-- `click` events (every click or tap, not only frustrated ones) and the rage/dead clicks name their
-- element by a stable key; a click also says where inside the element's box it landed (tenths, 0-9)
-- and, in scroll_pct, how far down the page the element's top is (the scale page_dwell uses).
ALTER TABLE minwon_ux.events
    ADD COLUMN IF NOT EXISTS element_key   String,
    ADD COLUMN IF NOT EXISTS element_label String,
    ADD COLUMN IF NOT EXISTS spot_x        UInt8,
    ADD COLUMN IF NOT EXISTS spot_y        UInt8;

-- Per site, day, path, device and element key: clicks, rage bursts, dead clicks, the day's distinct
-- sessions (hash arrays, as 0030), a 10x10 grid of where inside the element the clicks landed
-- (cell spot_y * 10 + spot_x -> clicks) and the element's depth on the page (sum and count of the
-- clicks' scroll_pct, for the mean).
CREATE TABLE IF NOT EXISTS minwon_ux.daily_element_clicks
(
    site_id        LowCardinality(String),
    day            Date,
    path           String,
    device         LowCardinality(String),
    element_key    String,
    label          SimpleAggregateFunction(max, String),
    clicks         SimpleAggregateFunction(sum, UInt64),
    rage           SimpleAggregateFunction(sum, UInt64),
    dead           SimpleAggregateFunction(sum, UInt64),
    session_hashes SimpleAggregateFunction(groupUniqArrayArray, Array(UInt64)),
    dead_hashes    SimpleAggregateFunction(groupUniqArrayArray, Array(UInt64)),
    spots          SimpleAggregateFunction(sumMap, Map(UInt8, UInt64)),
    depth_sum      SimpleAggregateFunction(sum, UInt64),
    retention_days SimpleAggregateFunction(max, UInt16)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (site_id, path, day, device, element_key)
TTL day + toIntervalDay(retention_days);

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.daily_element_clicks_mv TO minwon_ux.daily_element_clicks AS
SELECT site_id, toDate(ts) AS day, path, device, element_key,
       max(element_label) AS label,
       countIf(kind = 'click') AS clicks,
       countIf(kind = 'rage_click') AS rage,
       countIf(kind = 'dead_click') AS dead,
       groupUniqArray(sipHash64(session_id)) AS session_hashes,
       groupUniqArrayIf(sipHash64(session_id), kind = 'dead_click') AS dead_hashes,
       sumMapIf(map(toUInt8(spot_y * 10 + spot_x), toUInt64(1)), kind = 'click') AS spots,
       sumIf(toUInt64(scroll_pct), kind = 'click') AS depth_sum,
       max(retention_days) AS retention_days
FROM minwon_ux.events
WHERE kind IN ('click', 'rage_click', 'dead_click') AND element_key != ''
GROUP BY site_id, day, path, device, element_key;

-- Per site, day, path and device: page_dwell reports by scroll depth in 10 % steps (key 0, 10, ...,
-- 100: the depth rounded down), so the share reaching depth d is the reports with key >= d over all.
CREATE TABLE IF NOT EXISTS minwon_ux.daily_scroll_reach
(
    site_id        LowCardinality(String),
    day            Date,
    path           String,
    device         LowCardinality(String),
    reports        SimpleAggregateFunction(sum, UInt64),
    depths         SimpleAggregateFunction(sumMap, Map(UInt8, UInt64)),
    retention_days SimpleAggregateFunction(max, UInt16)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (site_id, path, day, device)
TTL day + toIntervalDay(retention_days);

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.daily_scroll_reach_mv TO minwon_ux.daily_scroll_reach AS
SELECT site_id, toDate(ts) AS day, path, device,
       count() AS reports,
       sumMap(map(toUInt8(intDiv(scroll_pct, 10) * 10), toUInt64(1))) AS depths,
       max(retention_days) AS retention_days
FROM minwon_ux.events
WHERE kind = 'page_dwell'
GROUP BY site_id, day, path, device;

INSERT INTO minwon_ux.daily_scroll_reach
SELECT site_id, toDate(ts) AS day, path, device, count(),
       sumMap(map(toUInt8(intDiv(scroll_pct, 10) * 10), toUInt64(1))), max(retention_days)
FROM minwon_ux.events
WHERE kind = 'page_dwell'
GROUP BY site_id, day, path, device;
