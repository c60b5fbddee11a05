import { twoSidedP } from './normal.ts';

export interface MannWhitneyResult {
  /** U of sample 2 (after): large when sample 2 tends to be larger. */
  u: number;
  z: number;
  pValue: number;
  /** Probability that a random value from sample 2 exceeds one from sample 1 (ties count ½). */
  commonLanguageEffect: number;
}

/**
 * Mann–Whitney U test (two-sided, normal approximation with tie correction and continuity
 * correction). Suited to durations, which are skewed.
 *
 * @example
 * mannWhitneyU([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]); // { u: 25, z: 2.51…, pValue: 0.0119…, commonLanguageEffect: 1 }
 */
export function mannWhitneyU(before: readonly number[], after: readonly number[]): MannWhitneyResult {
  const n1 = before.length;
  const n2 = after.length;
  if (n1 === 0 || n2 === 0) return { u: 0, z: 0, pValue: 1, commonLanguageEffect: 0.5 };
  const all = [...before.map((v) => ({ v, g: 1 })), ...after.map((v) => ({ v, g: 2 }))].sort((a, b) => a.v - b.v);
  const n = n1 + n2;
  let rank2 = 0;
  let tieTerm = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && all[j + 1]!.v === all[i]!.v) j++;
    const avgRank = (i + j) / 2 + 1;
    const size = j - i + 1;
    tieTerm += size ** 3 - size;
    for (let k = i; k <= j; k++) if (all[k]!.g === 2) rank2 += avgRank;
    i = j + 1;
  }
  const u = rank2 - (n2 * (n2 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (variance <= 0) return { u, z: 0, pValue: 1, commonLanguageEffect: u / (n1 * n2) };
  const delta = u - mean;
  const z = (delta - Math.sign(delta) * 0.5) / Math.sqrt(variance);
  return { u, z, pValue: twoSidedP(z), commonLanguageEffect: u / (n1 * n2) };
}
