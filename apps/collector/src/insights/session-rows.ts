import { ROLLUP_FILTER } from './query.ts';

/**
 * Hashes of the sessions with more than one `session_facts` row in the range (crossed midnight, or
 * parts not yet merged), as one array. A scalar subquery runs once per query (both branches below
 * share it); an `IN (subquery)` set was built once per branch. A hash collision only sends a
 * single-row session through the GROUP BY branch, which gives the same row. `has` scans the array,
 * which stays short because background merges leave only recent sessions split.
 */
const SPLIT_SESSIONS = `(SELECT groupArray(h) FROM (SELECT sipHash64(session_id) AS h FROM minwon_ux.session_facts
  WHERE ${ROLLUP_FILTER} GROUP BY h HAVING count() > 1))`;

/**
 * One row per session in the range from `session_facts`, with its facts merged: `session_id`, `goal`
 * (first form_start; 1970-01-01 when none), `menus` (menu open/click times), `click_back_level`,
 * `menu_search_level` (windowFunnel levels), `clicks_all`, `backs_all`, `dwells_all`, `progress_all`,
 * `form_paths_all`. A subquery for FROM (…), filtered by ROLLUP_FILTER's parameters.
 *
 * Merged parts leave one row for almost every session, and a GROUP BY that merges arrays costs
 * ~20× reading them, so sessions with a single row are read as they are (states finalized) and only
 * the others are grouped; the union is what `GROUP BY session_id` over every row gives.
 *
 * @example
 * const sql = `SELECT count() FROM (${SESSION_ROWS}) WHERE length(menus) > 0`;
 */
export const SESSION_ROWS = `
  SELECT session_id, finalizeAggregation(goal_ts) AS goal, menu_ts AS menus,
         finalizeAggregation(click_back) AS click_back_level, finalizeAggregation(menu_search) AS menu_search_level,
         clicks AS clicks_all, backs AS backs_all, dwells AS dwells_all, progress AS progress_all,
         form_paths AS form_paths_all
  FROM minwon_ux.session_facts
  WHERE ${ROLLUP_FILTER} AND NOT has(${SPLIT_SESSIONS}, sipHash64(session_id))
  UNION ALL
  SELECT session_id, minMerge(goal_ts) AS goal, groupArrayArray(menu_ts) AS menus,
         windowFunnelMerge(30)(click_back) AS click_back_level, windowFunnelMerge(60)(menu_search) AS menu_search_level,
         groupArrayArray(clicks) AS clicks_all, groupArrayArray(backs) AS backs_all, groupArrayArray(dwells) AS dwells_all,
         groupArrayArray(progress) AS progress_all, groupUniqArrayArray(form_paths) AS form_paths_all
  FROM minwon_ux.session_facts
  WHERE ${ROLLUP_FILTER} AND has(${SPLIT_SESSIONS}, sipHash64(session_id))
  GROUP BY session_id`;
