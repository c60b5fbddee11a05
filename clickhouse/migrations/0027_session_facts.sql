-- Per session and day: the sequence facts the menu and dwell detectors need, so they read one row
-- per session instead of the session's raw events (menu hunting, misleading menu items, menu paths,
-- long dwell without progress). AggregatingMergeTree: GROUP BY session_id and merge with
-- minMerge / windowFunnelMerge / groupArrayArray (rows are partial until merged; a session that
-- crosses midnight has one row per day). It holds session ids, so it expires with the site's
-- retention like `events`. The INSERT … SELECT at the end backfills stored rows.
--   goal_ts       first form_start (minMerge; 1970-01-01 when none)
--   menu_ts       every menu_open/menu_click time
--   click_back    windowFunnel(30): menu_click then quick_back          (2 = both)
--   menu_search   windowFunnel(60): menu_open/menu_click then site_search (2 = both)
--   clicks        menu_click (ts, label, trail, target_path)
--   backs         quick_back times
--   dwells        page_dwell (path, engaged_ms, end ms, start ms = end − duration)
--   progress      form_submit/form_success times in ms
--   form_paths    paths of form_start/form_submit
CREATE TABLE IF NOT EXISTS minwon_ux.session_facts
(
    site_id      LowCardinality(String),
    day          Date,
    device       LowCardinality(String),
    session_id   String,
    goal_ts      AggregateFunction(min, DateTime64(3, 'UTC')),
    menu_ts      SimpleAggregateFunction(groupArrayArray, Array(DateTime64(3, 'UTC'))),
    click_back   AggregateFunction(windowFunnel(30), DateTime, UInt8, UInt8),
    menu_search  AggregateFunction(windowFunnel(60), DateTime, UInt8, UInt8),
    clicks       SimpleAggregateFunction(groupArrayArray, Array(Tuple(DateTime64(3, 'UTC'), String, Array(String), String))),
    backs        SimpleAggregateFunction(groupArrayArray, Array(DateTime64(3, 'UTC'))),
    dwells       SimpleAggregateFunction(groupArrayArray, Array(Tuple(String, UInt32, Int64, Int64))),
    progress     SimpleAggregateFunction(groupArrayArray, Array(Int64)),
    form_paths   SimpleAggregateFunction(groupUniqArrayArray, Array(String)),
    retention_days SimpleAggregateFunction(max, UInt16)
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (site_id, day, device, session_id)
TTL day + toIntervalDay(retention_days);

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.session_facts_mv TO minwon_ux.session_facts AS
SELECT site_id, toDate(ts) AS day, device, session_id,
       minStateIf(ts, kind = 'form_start') AS goal_ts,
       groupArrayIf(ts, kind IN ('menu_open', 'menu_click')) AS menu_ts,
       windowFunnelState(30)(toDateTime(ts), kind = 'menu_click', kind = 'quick_back') AS click_back,
       windowFunnelState(60)(toDateTime(ts), kind IN ('menu_open', 'menu_click'), kind = 'site_search') AS menu_search,
       groupArrayIf((ts, menu_label, menu_trail, target_path), kind = 'menu_click') AS clicks,
       groupArrayIf(ts, kind = 'quick_back') AS backs,
       groupArrayIf((path, engaged_ms, toUnixTimestamp64Milli(ts), toUnixTimestamp64Milli(ts) - duration_ms), kind = 'page_dwell') AS dwells,
       groupArrayIf(toUnixTimestamp64Milli(ts), kind IN ('form_submit', 'form_success')) AS progress,
       groupUniqArrayIf(path, kind IN ('form_start', 'form_submit')) AS form_paths,
       max(retention_days) AS retention_days
FROM minwon_ux.events
WHERE kind IN ('menu_open', 'menu_click', 'quick_back', 'site_search', 'form_start', 'form_submit', 'form_success', 'page_dwell')
GROUP BY site_id, day, device, session_id;

INSERT INTO minwon_ux.session_facts
SELECT site_id, toDate(ts) AS day, device, session_id,
       minStateIf(ts, kind = 'form_start'),
       groupArrayIf(ts, kind IN ('menu_open', 'menu_click')),
       windowFunnelState(30)(toDateTime(ts), kind = 'menu_click', kind = 'quick_back'),
       windowFunnelState(60)(toDateTime(ts), kind IN ('menu_open', 'menu_click'), kind = 'site_search'),
       groupArrayIf((ts, menu_label, menu_trail, target_path), kind = 'menu_click'),
       groupArrayIf(ts, kind = 'quick_back'),
       groupArrayIf((path, engaged_ms, toUnixTimestamp64Milli(ts), toUnixTimestamp64Milli(ts) - duration_ms), kind = 'page_dwell'),
       groupArrayIf(toUnixTimestamp64Milli(ts), kind IN ('form_submit', 'form_success')),
       groupUniqArrayIf(path, kind IN ('form_start', 'form_submit')),
       max(retention_days)
FROM minwon_ux.events
WHERE kind IN ('menu_open', 'menu_click', 'quick_back', 'site_search', 'form_start', 'form_submit', 'form_success', 'page_dwell')
GROUP BY site_id, day, device, session_id;
