-- Daily per-menu-item rollup (menus view treemap, unused menu items): opens, clicks, sessions.
CREATE TABLE IF NOT EXISTS minwon_ux.daily_menus
(
    site_id      LowCardinality(String),
    day          Date,
    device       LowCardinality(String),
    menu_trail   Array(String),
    menu_label   String,
    menu_depth   UInt8,
    target_path  String,
    opens        SimpleAggregateFunction(sum, UInt64),
    clicks       SimpleAggregateFunction(sum, UInt64),
    sessions     AggregateFunction(uniq, String)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (site_id, day, device, menu_trail, menu_label, menu_depth, target_path);

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.daily_menus_mv TO minwon_ux.daily_menus AS
SELECT site_id, toDate(ts) AS day, device, menu_trail, menu_label, menu_depth, target_path,
       countIf(kind = 'menu_open') AS opens, countIf(kind = 'menu_click') AS clicks,
       uniqState(session_id) AS sessions
FROM minwon_ux.events
WHERE kind IN ('menu_open', 'menu_click')
GROUP BY site_id, day, device, menu_trail, menu_label, menu_depth, target_path;

INSERT INTO minwon_ux.daily_menus
SELECT site_id, toDate(ts) AS day, device, menu_trail, menu_label, menu_depth, target_path,
       countIf(kind = 'menu_open'), countIf(kind = 'menu_click'), uniqState(session_id)
FROM minwon_ux.events
WHERE kind IN ('menu_open', 'menu_click')
GROUP BY site_id, day, device, menu_trail, menu_label, menu_depth, target_path;
