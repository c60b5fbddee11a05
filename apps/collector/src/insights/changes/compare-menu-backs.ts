import type { Store } from '../../store/create-store.ts';
import { runQuery } from '../../store/query.ts';
import type { CompareParams, RateRow } from './compare-rates.ts';

/** Sessions that clicked the menu item, and those whose next quick back came within 30 s, per period. */
export const COMPARE_MENU_BACKS_SQL = `
SELECT if(toDate(c.ts) < {changed:Date}, 'before', 'after') AS period, 'menu_quick_back_rate' AS metric,
       uniqExactIf(c.session_id, q.ts >= c.ts AND q.ts <= c.ts + toIntervalSecond(30)) AS x,
       uniqExact(c.session_id) AS n
FROM (
  SELECT session_id, ts FROM minwon_ux.events
  WHERE site_id = {site:String} AND toDate(ts) BETWEEN {from:Date} AND {to:Date}
    AND ({device:String} = '' OR device = {device:String}) AND kind = 'menu_click' AND menu_label = {menu:String}
) AS c
ASOF LEFT JOIN (
  SELECT session_id, ts FROM minwon_ux.events
  WHERE site_id = {site:String} AND toDate(ts) BETWEEN {from:Date} AND {to:Date}
    AND ({device:String} = '' OR device = {device:String}) AND kind = 'quick_back'
) AS q ON c.session_id = q.session_id AND q.ts >= c.ts
GROUP BY period ORDER BY period`;

/**
 * Quick-back share after clicking a menu item, before and after a change.
 *
 * @example
 * await queryCompareMenuBacks(store, params);
 */
export function queryCompareMenuBacks(store: Store, p: CompareParams): Promise<RateRow[]> {
  return runQuery<RateRow>(store, COMPARE_MENU_BACKS_SQL, { ...p });
}
