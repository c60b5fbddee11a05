import type { Store } from '../../store/create-store.ts';
import { histogramQuantile, runQuery } from '../query.ts';
import { type ArchiveSource, LOOKBACK_DAYS, LOOKBACK_SOURCES } from './sources.ts';

/** One source's inputs for one key, summed over the range's days (and device). */
export interface InputRow {
  source: string;
  key: string[];
  label: string;
  /** Summed per position over the days in the range. */
  counts: number[];
  /** Medians of the summed histograms, and hist_b's 90th percentile (nan when empty). */
  a_p50: number;
  b_p50: number;
  b_p90: number;
  /** Up to 5, sorted. */
  examples: string[];
}

/**
 * The archived inputs of the given runs for a site, range and device, summed per source and key, of
 * the given sources (all when none are given).
 * Look-back sources (menu items) also read the LOOKBACK_DAYS before `from`: a key seen only there
 * has zero counts.
 */
export const READ_INPUTS_SQL = `
WITH sumMap(hist_a) AS a, sumMap(hist_b) AS b
SELECT source, key, min(label) AS label, sumForEachIf(counts, day >= {from:Date}) AS counts,
       ${histogramQuantile('a', 0.5)} AS a_p50, ${histogramQuantile('b', 0.5)} AS b_p50,
       ${histogramQuantile('b', 0.9)} AS b_p90,
       arraySlice(arraySort(groupUniqArrayArrayIf(examples, day >= {from:Date})), 1, 5) AS examples
FROM minwon_ux.daily_insight_inputs
WHERE site_id = {site:String} AND day BETWEEN {from:Date} - ${LOOKBACK_DAYS} AND {to:Date}
  AND archive_id IN {archives:Array(UInt64)}
  AND ({device:String} = '' OR device = {device:String})
  AND (day >= {from:Date} OR source IN (${LOOKBACK_SOURCES.map((s) => `'${s}'`).join(', ')}))
  AND (empty({sources:Array(String)}) OR has({sources:Array(String)}, source))
GROUP BY source, key`;

/** Reads the summed inputs of the given archive runs (see READ_INPUTS_SQL). */
export function readInputs(
  store: Store,
  filters: { site: string; from: string; to: string; device: string },
  archives: number[],
  sources: readonly ArchiveSource[] = [],
): Promise<InputRow[]> {
  return runQuery<InputRow>(store, READ_INPUTS_SQL, { ...filters, archives, sources });
}
