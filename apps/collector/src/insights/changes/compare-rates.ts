import type { Store } from '../../store/create-store.ts';
import { runQuery } from '../query.ts';

/**
 * Session counts before and after a change for the scope's rates, from the rollups. `x` counts the
 * sessions with the outcome, `n` the sessions at risk:
 * field: error sessions / touched, abandons / touched; form: successes / starters, error sessions /
 * starters; page: quick backs / views; menu: the menu's quick backs are in compare-menu-backs.
 */
export const COMPARE_RATES_SQL = `
SELECT period, metric, x, n FROM (
  SELECT if(day < {changed:Date}, 'before', 'after') AS period,
         ['error_rate', 'abandon_rate'] AS metrics,
         [uniqMerge(error_sessions), sum(abandons)] AS xs,
         [uniqMerge(touched_sessions), uniqMerge(touched_sessions)] AS ns
  FROM minwon_ux.daily_fields
  WHERE {scope:String} = 'field' AND site_id = {site:String} AND day BETWEEN {from:Date} AND {to:Date}
    AND ({device:String} = '' OR device = {device:String}) AND form_id = {form:String} AND field_id = {field:String}
  GROUP BY period
  UNION ALL
  SELECT if(day < {changed:Date}, 'before', 'after') AS period,
         ['completion_rate', 'error_rate'], [uniqMerge(success_sessions), uniqMerge(error_sessions)],
         [uniqMerge(start_sessions), uniqMerge(start_sessions)]
  FROM minwon_ux.daily_forms
  WHERE {scope:String} = 'form' AND site_id = {site:String} AND day BETWEEN {from:Date} AND {to:Date}
    AND ({device:String} = '' OR device = {device:String}) AND form_id = {form:String} AND step = 0
  GROUP BY period
  UNION ALL
  SELECT if(day < {changed:Date}, 'before', 'after') AS period,
         ['quick_back_rate'], [sum(quick_backs)], [sum(views)]
  FROM minwon_ux.daily_pages
  WHERE {scope:String} = 'page' AND site_id = {site:String} AND day BETWEEN {from:Date} AND {to:Date}
    AND ({device:String} = '' OR device = {device:String}) AND page = {path:String}
  GROUP BY period
)
ARRAY JOIN metrics AS metric, xs AS x, ns AS n`;

export interface RateRow {
  period: 'before' | 'after';
  metric: string;
  x: number;
  n: number;
}

export interface CompareParams {
  site: string;
  device: string;
  scope: string;
  changed: string;
  from: string;
  to: string;
  form: string;
  field: string;
  path: string;
  menu: string;
}

/**
 * Outcome and at-risk session counts per period for a change's scope.
 *
 * @example
 * await queryCompareRates(store, params);
 */
export function queryCompareRates(store: Store, p: CompareParams): Promise<RateRow[]> {
  return runQuery<RateRow>(store, COMPARE_RATES_SQL, { ...p });
}
