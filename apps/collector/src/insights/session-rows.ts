import { ROLLUP_FILTER } from '../store/query.ts';

/**
 * One row per session and day in the range from `session_facts`, with its facts merged: `day`,
 * `device`, `session_id`,
 * `goal` (first form_start; 1970-01-01 when none), `menus` (menu open/click times),
 * `click_back_level`, `menu_search_level` (windowFunnel levels), `clicks_all`, `backs_all`,
 * `dwells_all`, `progress_all`, `form_paths_all`. A subquery for FROM (…), filtered by ROLLUP_FILTER's
 * parameters.
 *
 * `FINAL` merges a session's rows of one day that sit in parts not merged yet (states finalized, arrays
 * concatenated), which costs nothing on merged parts. A session active on both sides of midnight is
 * read as one session per day, as the daily session counts count it. Grouping every row by session
 * (exact across midnight) cost ~8× reading them; finding the split sessions first and grouping only
 * those (the previous form) still cost 2–5× this read on the 10M-event bench (counting the rows of
 * one site: 22 → ≈8 ms for 30 days, 51 → ≈9 ms for 180 days).
 *
 * @example
 * const sql = `SELECT count() FROM (${SESSION_ROWS}) WHERE length(menus) > 0`;
 */
export const SESSION_ROWS = sessionRows(ROLLUP_FILTER);

/** SESSION_ROWS over the rows `filter` (a WHERE condition on `session_facts`) keeps. */
export function sessionRows(filter: string): string {
  return `
  SELECT day, device, session_id, finalizeAggregation(goal_ts) AS goal, menu_ts AS menus,
         finalizeAggregation(click_back) AS click_back_level, finalizeAggregation(menu_search) AS menu_search_level,
         clicks AS clicks_all, backs AS backs_all, dwells AS dwells_all, progress AS progress_all,
         form_paths AS form_paths_all
  FROM minwon_ux.session_facts FINAL
  WHERE ${filter}`;
}

/** The sessions (and days) of `rows` (SESSION_ROWS or another `sessionRows`) with menu clicks, each with its path as `labels`. */
export function menuPathSessions(rows: string): string {
  return `SELECT day, device, session_id, arraySlice(arrayMap(x -> x.2, arraySort(clicks_all)), 1, 5) AS labels
  FROM (${rows})
  WHERE length(labels) > 0`;
}
