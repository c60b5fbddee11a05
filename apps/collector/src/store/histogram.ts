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
