import { twoSidedP } from './normal.ts';

export interface TwoProportionResult {
  p1: number;
  p2: number;
  /** p2 − p1 */
  diff: number;
  z: number;
  pValue: number;
}

/**
 * Two-proportion z-test with the pooled standard error: did the rate change from sample 1 (before)
 * to sample 2 (after)? Returns z = 0, p = 1 when either sample is empty or the pooled rate is 0 or 1.
 *
 * @example
 * twoProportionZTest(45, 100, 30, 100); // { p1: 0.45, p2: 0.3, diff: -0.15, z: -2.19…, pValue: 0.028… }
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): TwoProportionResult {
  const p1 = n1 > 0 ? x1 / n1 : 0;
  const p2 = n2 > 0 ? x2 / n2 : 0;
  const pooled = n1 + n2 > 0 ? (x1 + x2) / (n1 + n2) : 0;
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / Math.max(n1, 1) + 1 / Math.max(n2, 1)));
  if (n1 === 0 || n2 === 0 || se === 0) return { p1, p2, diff: p2 - p1, z: 0, pValue: 1 };
  const z = (p2 - p1) / se;
  return { p1, p2, diff: p2 - p1, z, pValue: twoSidedP(z) };
}
