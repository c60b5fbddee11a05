import { createRandom } from '@minwon-ux/testkit/random';

/** Median of a sample (mean of the two middle values for even sizes); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface BootstrapInterval {
  /** median(after) − median(before) */
  diff: number;
  low: number;
  high: number;
  level: number;
}

/**
 * Percentile bootstrap confidence interval for the difference of medians (after − before), with a
 * seeded PRNG so the same samples always give the same interval.
 *
 * @example
 * bootstrapMedianDiff([10, 12, 11, 13], [20, 22, 21, 23], { iterations: 2000, seed: 1 }); // { diff: 10, low: 8, high: 12, level: 0.95 }
 */
export function bootstrapMedianDiff(
  before: readonly number[],
  after: readonly number[],
  { iterations = 2000, seed = 1, level = 0.95 } = {},
): BootstrapInterval {
  const diff = median(after) - median(before);
  if (before.length === 0 || after.length === 0) return { diff, low: Number.NaN, high: Number.NaN, level };
  const random = createRandom(seed).next;
  const resample = (xs: readonly number[]) => xs.map(() => xs[Math.floor(random() * xs.length)]!);
  const diffs = Array.from({ length: iterations }, () => median(resample(after)) - median(resample(before))).sort(
    (a, b) => a - b,
  );
  const alpha = (1 - level) / 2;
  const at = (q: number) => diffs[Math.min(iterations - 1, Math.max(0, Math.floor(q * iterations)))]!;
  return { diff, low: at(alpha), high: at(1 - alpha), level };
}
