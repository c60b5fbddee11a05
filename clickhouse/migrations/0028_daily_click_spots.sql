-- Daily rage and dead clicks per page element (click hot-spot detector): exact session states, so
-- the detector's counts equal a scan of `events`, and up to 20 example sessions.
CREATE TABLE IF NOT EXISTS minwon_ux.daily_click_spots
(
    site_id        LowCardinality(String),
    day            Date,
    device         LowCardinality(String),
    path           String,
    element        String,
    rage_sessions  AggregateFunction(uniqExact, String),
    dead_sessions  AggregateFunction(uniqExact, String),
    sessions       AggregateFunction(uniqExact, String),
    clicks         SimpleAggregateFunction(sum, UInt64),
    examples       AggregateFunction(groupUniqArray(20), String),
    retention_days SimpleAggregateFunction(max, UInt16)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (site_id, day, device, path, element)
TTL day + toIntervalDay(retention_days);

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.daily_click_spots_mv TO minwon_ux.daily_click_spots AS
SELECT site_id, toDate(ts) AS day, device, path, element,
       uniqExactStateIf(session_id, kind = 'rage_click') AS rage_sessions,
       uniqExactStateIf(session_id, kind = 'dead_click') AS dead_sessions,
       uniqExactState(session_id) AS sessions,
       sum(toUInt64(count)) AS clicks,
       groupUniqArrayState(20)(session_id) AS examples,
       max(retention_days) AS retention_days
FROM minwon_ux.events
WHERE kind IN ('rage_click', 'dead_click')
GROUP BY site_id, day, device, path, element;

INSERT INTO minwon_ux.daily_click_spots
SELECT site_id, toDate(ts) AS day, device, path, element,
       uniqExactStateIf(session_id, kind = 'rage_click'), uniqExactStateIf(session_id, kind = 'dead_click'),
       uniqExactState(session_id), sum(toUInt64(count)), groupUniqArrayState(20)(session_id), max(retention_days)
FROM minwon_ux.events
WHERE kind IN ('rage_click', 'dead_click')
GROUP BY site_id, day, device, path, element;
