-- Each day's distinct sessions as deduplicated hash arrays next to the `uniq` states of daily_forms,
-- daily_fields, daily_field_errors, daily_pages and daily_menus (as daily_sessions, 0029): a range's
-- sessions are `sum(length(…))` over `FINAL` rows, reading 8-byte hashes where merging 180 days of
-- `uniq` states cost 20–30 ms per column on the 10M-event bench. The `uniq` states stay
-- for analysts' queries. Each view is replaced by one that also fills the arrays (migrations run
-- before ingest starts, so no insert falls between the two), and the arrays of rows already stored
-- are backfilled as rows holding only the key and the arrays (the other columns' empty states and
-- zeros merge away; the arrays deduplicate, so a backfilled session is never counted twice).
ALTER TABLE minwon_ux.daily_forms
    ADD COLUMN IF NOT EXISTS start_hashes   SimpleAggregateFunction(groupUniqArrayArray, Array(UInt64)),
    ADD COLUMN IF NOT EXISTS submit_hashes  SimpleAggregateFunction(groupUniqArrayArray, Array(UInt64)),
    ADD COLUMN IF NOT EXISTS success_hashes SimpleAggregateFunction(groupUniqArrayArray, Array(UInt64)),
    ADD COLUMN IF NOT EXISTS abandon_hashes SimpleAggregateFunction(groupUniqArrayArray, Array(UInt64)),
    ADD COLUMN IF NOT EXISTS error_hashes   SimpleAggregateFunction(groupUniqArrayArray, Array(UInt64)),
    ADD COLUMN IF NOT EXISTS step_hashes    SimpleAggregateFunction(groupUniqArrayArray, Array(UInt64));

DROP VIEW IF EXISTS minwon_ux.daily_forms_mv;

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.daily_forms_mv TO minwon_ux.daily_forms AS
SELECT site_id, toDate(ts) AS day, device, form_id,
       if(kind = 'step_view', step, 0) AS step,
       if(kind = 'step_view', props['step_label'], '') AS step_label,
       uniqStateIf(session_id, kind = 'form_start') AS start_sessions,
       uniqStateIf(session_id, kind = 'form_submit') AS submit_sessions,
       uniqStateIf(session_id, kind = 'form_success') AS success_sessions,
       uniqStateIf(session_id, kind = 'form_abandon') AS abandon_sessions,
       uniqStateIf(session_id, kind = 'input_error') AS error_sessions,
       uniqStateIf(session_id, kind = 'step_view') AS step_sessions,
       countIf(kind = 'form_submit' AND blocked = 1) AS blocked_submits,
       countIf(kind = 'form_submit') AS submits,
       groupUniqArrayIf(sipHash64(session_id), kind = 'form_start') AS start_hashes,
       groupUniqArrayIf(sipHash64(session_id), kind = 'form_submit') AS submit_hashes,
       groupUniqArrayIf(sipHash64(session_id), kind = 'form_success') AS success_hashes,
       groupUniqArrayIf(sipHash64(session_id), kind = 'form_abandon') AS abandon_hashes,
       groupUniqArrayIf(sipHash64(session_id), kind = 'input_error') AS error_hashes,
       groupUniqArrayIf(sipHash64(session_id), kind = 'step_view') AS step_hashes
FROM minwon_ux.events
WHERE kind IN ('form_start', 'form_submit', 'form_success', 'form_abandon', 'input_error', 'step_view')
GROUP BY site_id, day, device, form_id, step, step_label;

INSERT INTO minwon_ux.daily_forms (site_id, day, device, form_id, step, step_label, start_hashes, submit_hashes,
                                   success_hashes, abandon_hashes, error_hashes, step_hashes)
SELECT site_id, toDate(ts) AS day, device, form_id,
       if(kind = 'step_view', step, 0) AS step,
       if(kind = 'step_view', props['step_label'], '') AS step_label,
       groupUniqArrayIf(sipHash64(session_id), kind = 'form_start'),
       groupUniqArrayIf(sipHash64(session_id), kind = 'form_submit'),
       groupUniqArrayIf(sipHash64(session_id), kind = 'form_success'),
       groupUniqArrayIf(sipHash64(session_id), kind = 'form_abandon'),
       groupUniqArrayIf(sipHash64(session_id), kind = 'input_error'),
       groupUniqArrayIf(sipHash64(session_id), kind = 'step_view')
FROM minwon_ux.events
WHERE kind IN ('form_start', 'form_submit', 'form_success', 'form_abandon', 'input_error', 'step_view')
GROUP BY site_id, day, device, form_id, step, step_label;

ALTER TABLE minwon_ux.daily_fields
    ADD COLUMN IF NOT EXISTS touched_hashes SimpleAggregateFunction(groupUniqArrayArray, Array(UInt64)),
    ADD COLUMN IF NOT EXISTS error_hashes   SimpleAggregateFunction(groupUniqArrayArray, Array(UInt64));

DROP VIEW IF EXISTS minwon_ux.daily_fields_mv;

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.daily_fields_mv TO minwon_ux.daily_fields AS
SELECT site_id, toDate(ts) AS day, device, form_id, field_id,
       uniqState(session_id) AS touched_sessions,
       uniqStateIf(session_id, kind = 'input_error') AS error_sessions,
       countIf(kind = 'input_error') AS errors,
       countIf(kind = 'input_error' AND attempt >= 2) AS repeat_errors,
       countIf(kind = 'field_dwell') AS dwells,
       sumIf(toUInt64(duration_ms), kind = 'field_dwell') AS focus_sum,
       sumIf(toUInt64(hesitation_ms), kind = 'field_dwell') AS hesitation_sum,
       sumIf(toUInt64(corrections), kind = 'field_dwell') AS corrections_sum,
       quantilesTDigestStateIf(0.5, 0.9)(duration_ms, kind = 'field_dwell') AS focus_q,
       quantilesTDigestStateIf(0.5, 0.9)(hesitation_ms, kind = 'field_dwell') AS hesitation_q,
       countIf(kind = 'form_abandon') AS abandons,
       groupUniqArray(sipHash64(session_id)) AS touched_hashes,
       groupUniqArrayIf(sipHash64(session_id), kind = 'input_error') AS error_hashes
FROM minwon_ux.events
WHERE kind IN ('field_dwell', 'input_error', 'form_abandon') AND field_id != ''
GROUP BY site_id, day, device, form_id, field_id;

INSERT INTO minwon_ux.daily_fields (site_id, day, device, form_id, field_id, touched_hashes, error_hashes)
SELECT site_id, toDate(ts) AS day, device, form_id, field_id,
       groupUniqArray(sipHash64(session_id)), groupUniqArrayIf(sipHash64(session_id), kind = 'input_error')
FROM minwon_ux.events
WHERE kind IN ('field_dwell', 'input_error', 'form_abandon') AND field_id != ''
GROUP BY site_id, day, device, form_id, field_id;

ALTER TABLE minwon_ux.daily_field_errors
    ADD COLUMN IF NOT EXISTS session_hashes SimpleAggregateFunction(groupUniqArrayArray, Array(UInt64));

DROP VIEW IF EXISTS minwon_ux.daily_field_errors_mv;

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.daily_field_errors_mv TO minwon_ux.daily_field_errors AS
SELECT site_id, toDate(ts) AS day, device, form_id, field_id, error_kind, error_message,
       count() AS errors, uniqState(session_id) AS sessions, groupUniqArray(sipHash64(session_id)) AS session_hashes
FROM minwon_ux.events
WHERE kind = 'input_error'
GROUP BY site_id, day, device, form_id, field_id, error_kind, error_message;

INSERT INTO minwon_ux.daily_field_errors (site_id, day, device, form_id, field_id, error_kind, error_message, session_hashes)
SELECT site_id, toDate(ts) AS day, device, form_id, field_id, error_kind, error_message,
       groupUniqArray(sipHash64(session_id))
FROM minwon_ux.events
WHERE kind = 'input_error'
GROUP BY site_id, day, device, form_id, field_id, error_kind, error_message;

ALTER TABLE minwon_ux.daily_pages
    ADD COLUMN IF NOT EXISTS session_hashes SimpleAggregateFunction(groupUniqArrayArray, Array(UInt64));

DROP VIEW IF EXISTS minwon_ux.daily_pages_mv;

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
       countIf(kind = 'dead_click') AS dead_clicks,
       groupUniqArrayIf(sipHash64(session_id), kind = 'page_view') AS session_hashes
FROM minwon_ux.events
WHERE kind IN ('page_view', 'page_dwell', 'quick_back', 'rage_click', 'dead_click')
GROUP BY site_id, day, device, page;

INSERT INTO minwon_ux.daily_pages (site_id, day, device, page, session_hashes)
SELECT site_id, toDate(ts) AS day, device, path AS page, groupUniqArray(sipHash64(session_id))
FROM minwon_ux.events
WHERE kind = 'page_view'
GROUP BY site_id, day, device, page;

ALTER TABLE minwon_ux.daily_menus
    ADD COLUMN IF NOT EXISTS session_hashes SimpleAggregateFunction(groupUniqArrayArray, Array(UInt64));

DROP VIEW IF EXISTS minwon_ux.daily_menus_mv;

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.daily_menus_mv TO minwon_ux.daily_menus AS
SELECT site_id, toDate(ts) AS day, device, menu_trail, menu_label, menu_depth, target_path,
       countIf(kind = 'menu_open') AS opens, countIf(kind = 'menu_click') AS clicks,
       uniqState(session_id) AS sessions, groupUniqArray(sipHash64(session_id)) AS session_hashes
FROM minwon_ux.events
WHERE kind IN ('menu_open', 'menu_click')
GROUP BY site_id, day, device, menu_trail, menu_label, menu_depth, target_path;

INSERT INTO minwon_ux.daily_menus (site_id, day, device, menu_trail, menu_label, menu_depth, target_path, session_hashes)
SELECT site_id, toDate(ts) AS day, device, menu_trail, menu_label, menu_depth, target_path,
       groupUniqArray(sipHash64(session_id))
FROM minwon_ux.events
WHERE kind IN ('menu_open', 'menu_click')
GROUP BY site_id, day, device, menu_trail, menu_label, menu_depth, target_path;
