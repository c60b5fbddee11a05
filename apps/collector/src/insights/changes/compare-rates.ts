import type { Store } from '../../store/create-store.ts';
import { ROLLUP_FILTER, runQuery } from '../../store/query.ts';

/**
 * Session counts before and after a change for the scope's rates, from the rollups (each day's
 * distinct sessions, summed), one query per scope: `x` counts the sessions with the outcome, `n` the
 * sessions at risk. field: error sessions / touched, abandons / touched; form: successes / starters,
 * error sessions / starters; page: quick backs / views; menu: the menu's quick backs are in
 * compare-menu-backs. (One UNION ALL of the three, switched by a parameter, opened all three tables:
 * ≈19 against ≈9 ms on the 10M-event bench.)
 */
export const COMPARE_RATES_SQL = {
  field: `
SELECT period, metric, x, n FROM (
  SELECT if(day < {changed:Date}, 'before', 'after') AS period, ['error_rate', 'abandon_rate'] AS metrics,
         [sum(length(error_hashes)), sum(abandons)] AS xs,
         [sum(length(touched_hashes)), sum(length(touched_hashes))] AS ns
  FROM minwon_ux.daily_fields FINAL
  WHERE ${ROLLUP_FILTER} AND form_id = {form:String} AND field_id = {field:String}
  GROUP BY period
)
ARRAY JOIN metrics AS metric, xs AS x, ns AS n`,
  form: `
SELECT period, metric, x, n FROM (
  SELECT if(day < {changed:Date}, 'before', 'after') AS period, ['completion_rate', 'error_rate'] AS metrics,
         [sum(length(success_hashes)), sum(length(error_hashes))] AS xs,
         [sum(length(start_hashes)), sum(length(start_hashes))] AS ns
  FROM minwon_ux.daily_forms FINAL
  WHERE ${ROLLUP_FILTER} AND form_id = {form:String} AND step = 0
  GROUP BY period
)
ARRAY JOIN metrics AS metric, xs AS x, ns AS n`,
  page: `
SELECT if(day < {changed:Date}, 'before', 'after') AS period, 'quick_back_rate' AS metric,
       sum(quick_backs) AS x, sum(views) AS n
FROM minwon_ux.daily_pages FINAL
WHERE ${ROLLUP_FILTER} AND page = {path:String}
GROUP BY period`,
} as const;

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
 * Outcome and at-risk session counts per period for a change's scope (none for other scopes).
 *
 * @example
 * await queryCompareRates(store, params);
 */
export function queryCompareRates(store: Store, p: CompareParams): Promise<RateRow[]> {
  if (!Object.hasOwn(COMPARE_RATES_SQL, p.scope)) return Promise.resolve([]);
  return runQuery<RateRow>(store, COMPARE_RATES_SQL[p.scope as keyof typeof COMPARE_RATES_SQL], { ...p });
}
