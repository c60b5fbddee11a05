import { type Store, withDatabase } from './create-store.ts';

/** The filters every dashboard query takes. Days are `YYYY-MM-DD` (UTC), inclusive; device '' = all. */
export interface QueryFilters {
  site: string;
  from: string;
  to: string;
  device: string;
}

/** The filter every rollup and event query shares: site, inclusive day range, optional device. */
export const ROLLUP_FILTER = `site_id = {site:String} AND day BETWEEN {from:Date} AND {to:Date}
  AND ({device:String} = '' OR device = {device:String})`;

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
