import type { Store } from '../../store/create-store.ts';
import { runQuery } from '../../store/query.ts';
import type { CompareParams } from './compare-rates.ts';

/**
 * Duration samples before and after a change (at most 20 000 per period, the earliest), from
 * `daily_durations`: field: hesitation (field_dwell); form: time to success (form_success); page:
 * engaged time (page_dwell). None for menus. One row per period with its samples, sorted by time only
 * when there are more than 20 000 to cut (sorting them every time cost ≈5 of the query's ≈20 ms; the
 * statistics do not depend on the order, and `queryCompareDurations` sorts them by value).
 * Scanning the window's events of the kind instead read ≈310k rows (28 days, one site, 10M-event
 * bench), and returning a row per sample cost more than reading them.
 */
export const COMPARE_DURATIONS_SQL = `
SELECT period, arrayMap(x -> x.2, if(length(groupArrayArray(samples)) <= 20000, groupArrayArray(samples),
                                     arraySlice(arraySort(groupArrayArray(samples)), 1, 20000))) AS samples
FROM (
  SELECT if(day < {changed:Date}, 'before', 'after') AS period, samples
  FROM minwon_ux.daily_durations
  WHERE site_id = {site:String} AND day BETWEEN {from:Date} AND {to:Date}
    AND ({device:String} = '' OR device = {device:String})
    AND kind = multiIf({scope:String} = 'field', 'field_dwell', {scope:String} = 'page', 'page_dwell',
                       {scope:String} = 'form', 'form_success', '-')
    AND form_id = if({scope:String} = 'page', '', {form:String})
    AND field_id = if({scope:String} = 'field', {field:String}, '')
    AND path = if({scope:String} = 'page', {path:String}, '')
)
GROUP BY period`;

/** Duration samples per period, each sorted by value (so the seeded bootstrap sees the same input whatever order parts are read in). */
export async function queryCompareDurations(
  store: Store,
  p: CompareParams,
): Promise<{ before: number[]; after: number[] }> {
  const rows = await runQuery<{ period: 'before' | 'after'; samples: number[] }>(store, COMPARE_DURATIONS_SQL, {
    ...p,
  });
  const out = { before: [] as number[], after: [] as number[] };
  for (const r of rows) out[r.period] = r.samples.map(Number).sort((a, b) => a - b);
  return out;
}
