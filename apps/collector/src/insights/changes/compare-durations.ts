import type { Store } from '../../store/create-store.ts';
import { runQuery } from '../query.ts';
import type { CompareParams } from './compare-rates.ts';

/**
 * Duration samples before and after a change (at most 20 000 per period, the earliest): field:
 * hesitation (field_dwell); form: time to success (form_success); page: engaged time (page_dwell).
 * None for menus. One row per period with its samples in time order as an array: ≈14 000 JSON rows cost more to
 * hand over than reading them (≈42 against ≈25 ms on the 10M-event bench).
 */
export const COMPARE_DURATIONS_SQL = `
SELECT period, arrayMap(x -> x.2, arraySort(groupArray((ts, value)))) AS samples FROM (
SELECT ts, if(toDate(ts) < {changed:Date}, 'before', 'after') AS period,
       multiIf({scope:String} = 'field', hesitation_ms, {scope:String} = 'page', engaged_ms, duration_ms) AS value
FROM minwon_ux.events
WHERE site_id = {site:String} AND toDate(ts) BETWEEN {from:Date} AND {to:Date}
  AND ({device:String} = '' OR device = {device:String})
  AND kind = multiIf({scope:String} = 'field', 'field_dwell', {scope:String} = 'page', 'page_dwell',
                     {scope:String} = 'form', 'form_success', '-')
  AND ({scope:String} != 'field' OR (form_id = {form:String} AND field_id = {field:String}))
  AND ({scope:String} != 'form' OR form_id = {form:String})
  AND ({scope:String} != 'page' OR path = {path:String})
ORDER BY ts
LIMIT 20000 BY period
)
GROUP BY period`;

/** Duration samples per period. */
export async function queryCompareDurations(
  store: Store,
  p: CompareParams,
): Promise<{ before: number[]; after: number[] }> {
  const rows = await runQuery<{ period: 'before' | 'after'; samples: number[] }>(store, COMPARE_DURATIONS_SQL, {
    ...p,
  });
  const out = { before: [] as number[], after: [] as number[] };
  for (const r of rows) out[r.period] = r.samples.map(Number);
  return out;
}
