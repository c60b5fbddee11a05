import type { Store } from '../../store/create-store.ts';
import { runQuery } from '../query.ts';

/**
 * Session counts before and after a change for the scope's rates, from the rollups (each day's
 * distinct sessions, summed). `x` counts the
 * sessions with the outcome, `n` the sessions at risk:
 * field: error sessions / touched, abandons / touched; form: successes / starters, error sessions /
 * starters; page: quick backs / views; menu: the menu's quick backs are in compare-menu-backs.
 */
export const COMPARE_RATES_SQL = `
SELECT period, metric, x, n FROM (
  SELECT if(day < {changed:Date}, 'before', 'after') AS period,
         ['error_rate', 'abandon_rate'] AS metrics,
         [sum(length(error_hashes)), sum(abandons)] AS xs,
         [sum(length(touched_hashes)), sum(length(touched_hashes))] AS ns
  FROM minwon_ux.daily_fields FINAL
  WHERE {scope:String} = 'field' AND site_id = {site:String} AND day BETWEEN {from:Date} AND {to:Date}
    AND ({device:String} = '' OR device = {device:String}) AND form_id = {form:String} AND field_id = {field:String}
  GROUP BY period
  UNION ALL
  SELECT if(day < {changed:Date}, 'before', 'after') AS period,
         ['completion_rate', 'error_rate'], [sum(length(success_hashes)), sum(length(error_hashes))],
         [sum(length(start_hashes)), sum(length(start_hashes))]
  FROM minwon_ux.daily_forms FINAL
  WHERE {scope:String} = 'form' AND site_id = {site:String} AND day BETWEEN {from:Date} AND {to:Date}
    AND ({device:String} = '' OR device = {device:String}) AND form_id = {form:String} AND step = 0
  GROUP BY period
  UNION ALL
  SELECT if(day < {changed:Date}, 'before', 'after') AS period,
         ['quick_back_rate'], [sum(quick_backs)], [sum(views)]
  FROM minwon_ux.daily_pages FINAL
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
