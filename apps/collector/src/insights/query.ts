import type { Store } from '../store/create-store.ts';
import { withDatabase } from '../store/create-store.ts';
import type { QueryFilters } from './types.ts';

/** The filter every rollup and event query shares: site, inclusive day range, optional device. */
export const ROLLUP_FILTER = `site_id = {site:String} AND day BETWEEN {from:Date} AND {to:Date}
  AND ({device:String} = '' OR device = {device:String})`;

/**
 * Joins each field row `f` (with `form_id`, `field_id`) to `m.top`: its three most shown error
 * messages in the range as `(error_kind, error_message, count)` tuples (the error-prone detector).
 */
export const TOP_FIELD_MESSAGES_JOIN = `LEFT JOIN (
  SELECT form_id, field_id,
         arraySlice(arrayReverseSort(x -> x.3, groupArray((error_kind, error_message, n))), 1, 3) AS top
  FROM (SELECT form_id, field_id, error_kind, error_message, sum(errors) AS n
        FROM minwon_ux.daily_field_errors WHERE ${ROLLUP_FILTER}
        GROUP BY form_id, field_id, error_kind, error_message)
  GROUP BY form_id, field_id
) AS m ON m.form_id = f.form_id AND m.field_id = f.field_id`;

/**
 * The `q`-quantile (0–1, a constant) of a `daily_fields` log-bucket histogram (migration 0032; key k
 * counts values v with round(ln(v + 1) / ln 1.05) = k), as a rounded value within ±2.5 % of v + 1;
 * nan when the histogram is empty, as a t-digest gives. `hist` is the merged map, e.g. an alias of
 * `sumMap(focus_hist)`.
 *
 * @example
 * `WITH sumMap(focus_hist) AS focus SELECT ${histogramQuantile('focus', 0.5)} AS focus_p50 FROM …`
 */
export function histogramQuantile(hist: string, q: number): string {
  return `if(arraySum(mapValues(${hist})) = 0, nan, round(pow(1.05, mapKeys(${hist})[arrayFirstIndex(
    c -> c >= ${q} * arraySum(mapValues(${hist})), arrayCumSum(mapValues(${hist})))]) - 1))`;
}

/** A summed log-bucket histogram as JSON gives it: bucket key → count. */
export type Histogram = Record<string, number>;

/**
 * The `q`-quantile of a log-bucket histogram (bucket k → count) by the same rule as
 * `histogramQuantile` in SQL: the first bucket whose cumulative count reaches q of the total, read back
 * as round(1.05^k − 1); nan when empty.
 *
 * @example
 * histogramQuantileOf({ '100': 3, '120': 1 }, 0.5); // 131
 */
export function histogramQuantileOf(hist: Histogram, q: number): number {
  const buckets = Object.entries(hist)
    .map(([k, n]) => [Number(k), Number(n)] as const)
    .sort((a, b) => a[0] - b[0]);
  const total = buckets.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return Number.NaN;
  let cumulative = 0;
  for (const [k, n] of buckets) {
    cumulative += n;
    if (cumulative >= q * total) return Math.round(1.05 ** k - 1);
  }
  return Number.NaN;
}

/** ClickHouse's String order (bytes), which the queries' ORDER BY uses. */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** ClickHouse's Array(String) order: element by element, a prefix first. */
export function compareStringArrays(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareBytes(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** The same filter over `events` (its sort key starts with site_id, toDate(ts), kind). */
export const EVENT_FILTER = `site_id = {site:String} AND toDate(ts) BETWEEN {from:Date} AND {to:Date}
  AND ({device:String} = '' OR device = {device:String})`;

/**
 * Runs one parameterized query (`{name:Type}` placeholders, never concatenated values) and returns
 * its rows. SQL names the default database `minwon_ux`; other names are rewritten.
 *
 * @example
 * const rows = await runQuery<{ n: string }>(store, 'SELECT count() AS n FROM minwon_ux.events WHERE site_id = {site:String}', { site: 'demo' });
 */
export async function runQuery<T>(store: Store, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const result = await store.client.query({
    query: withDatabase(sql, store.database),
    query_params: params,
    format: 'JSONEachRow',
    clickhouse_settings: { output_format_json_quote_64bit_integers: 0 },
  });
  return result.json<T>();
}

/** Query parameters from the shared filters. */
export function filterParams(f: QueryFilters): Record<string, string> {
  return { site: f.site, from: f.from, to: f.to, device: f.device };
}
