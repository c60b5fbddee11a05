import type { Store } from '../../store/create-store.ts';
import { type Histogram, histogramQuantileOf } from '../../store/histogram.ts';
import { runQuery } from '../../store/query.ts';
import { type ArchiveSource, LOOKBACK_DAYS, LOOKBACK_SOURCES } from './sources.ts';

/** One source's inputs for one key, summed over the range's days (and device). */
export interface InputRow {
  source: string;
  key: string[];
  label: string;
  /** Summed per position over the days in the range. */
  counts: number[];
  /** The summed histograms (log buckets, see `histogramQuantile`). */
  hist_a: Histogram;
  hist_b: Histogram;
  /** Medians of the summed histograms, and hist_b's 90th percentile (nan when empty). */
  a_p50: number;
  b_p50: number;
  b_p90: number;
  /** Up to 5, sorted. */
  examples: string[];
}

/**
 * The archived inputs of the given runs for a site, range and device, summed per source and key, of
 * the given sources (all when none are given). Look-back sources (menu use, for unused menu items) also read the
 * LOOKBACK_DAYS before `from`: a key seen only there has zero counts. The histograms come back whole
 * (a few dozen buckets) and their quantiles are taken here: the same rule as `histogramQuantile` in
 * SQL, which made the query ≈ 5–10 ms slower to plan than to run.
 */
export const READ_INPUTS_SQL = `
SELECT source, key, min(label) AS label, sumForEachIf(counts, day >= {from:Date}) AS counts,
       sumMap(hist_a) AS hist_a, sumMap(hist_b) AS hist_b,
       arraySlice(arraySort(groupUniqArrayArrayIf(examples, day >= {from:Date})), 1, 5) AS examples
FROM minwon_ux.daily_insight_inputs
WHERE site_id = {site:String} AND day BETWEEN {from:Date} - ${LOOKBACK_DAYS} AND {to:Date}
  AND archive_id IN {archives:Array(UInt64)}
  AND ({device:String} = '' OR device = {device:String})
  AND (day >= {from:Date} OR source IN (${LOOKBACK_SOURCES.map((s) => `'${s}'`).join(', ')}))
  AND (empty({sources:Array(String)}) OR has({sources:Array(String)}, source))
GROUP BY source, key`;

/** Reads the summed inputs of the given archive runs (see READ_INPUTS_SQL). */
export async function readInputs(
  store: Store,
  filters: { site: string; from: string; to: string; device: string },
  archives: number[],
  sources: readonly ArchiveSource[] = [],
): Promise<InputRow[]> {
  type Summed = Omit<InputRow, 'a_p50' | 'b_p50' | 'b_p90'>;
  const rows = await runQuery<Summed>(store, READ_INPUTS_SQL, { ...filters, archives, sources });
  return rows.map(({ hist_a, hist_b, ...row }) => ({
    ...row,
    hist_a,
    hist_b,
    a_p50: histogramQuantileOf(hist_a, 0.5),
    b_p50: histogramQuantileOf(hist_b, 0.5),
    b_p90: histogramQuantileOf(hist_b, 0.9),
  }));
}
