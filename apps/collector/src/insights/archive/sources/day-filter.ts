/**
 * The filter every archive source shares: one site and the days being archived (all devices; each
 * row keeps its device). Parameters: `{site:String}`, `{days:Array(Date)}`.
 */
export const DAYS_FILTER = `site_id = {site:String} AND day IN {days:Array(Date)}`;

/** An empty histogram and example list, for sources that have none. */
export const NO_HIST = `CAST(map(), 'Map(UInt16, UInt64)')`;
export const NO_EXAMPLES = `CAST([], 'Array(String)')`;

/** The log-bucket histogram (as daily_fields' focus_hist) of `value` over the rows where `cond` holds. */
export function logHistogramIf(value: string, cond = '1'): string {
  return `sumMapIf(map(toUInt16(round(log(${value} + 1) / log(1.05))), toUInt64(1)), ${cond})`;
}

/** DAYS_FILTER over `events` (no `day` column there: its sort key starts with site_id, toDate(ts)). */
export const EVENT_DAYS_FILTER = `site_id = {site:String} AND toDate(ts) IN {days:Array(Date)}`;
