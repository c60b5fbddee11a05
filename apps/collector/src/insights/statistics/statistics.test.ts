import { describe, expect, it } from 'vitest';
import { bootstrapMedianDiff, median } from './bootstrap.ts';
import { mannWhitneyU } from './mann-whitney.ts';
import { normalCdf, twoSidedP } from './normal.ts';
import { twoProportionZTest } from './two-proportion.ts';
import { verdictOf } from './verdict.ts';

describe('normalCdf', () => {
  it.each([
    [0, 0.5],
    [1.96, 0.9750021],
    [-1, 0.1586553],
    [2.5758, 0.9949996],
    [-3, 0.0013499],
  ])('Φ(%d) = %d', (z, expected) => {
    expect(normalCdf(z)).toBeCloseTo(expected, 6);
  });
  it('gives two-sided p-values', () => {
    expect(twoSidedP(1.959964)).toBeCloseTo(0.05, 5);
    expect(twoSidedP(0)).toBe(1);
  });
});

describe('twoProportionZTest', () => {
  it('matches the textbook pooled z-test', () => {
    const r = twoProportionZTest(45, 100, 30, 100);
    expect(r.p1).toBe(0.45);
    expect(r.p2).toBe(0.3);
    expect(r.z).toBeCloseTo(-2.19089, 4);
    expect(r.pValue).toBeCloseTo(0.028459, 4);
  });
  it('is not significant for equal rates and handles empty samples', () => {
    expect(twoProportionZTest(50, 100, 50, 100).pValue).toBe(1);
    expect(twoProportionZTest(0, 0, 3, 10)).toMatchObject({ z: 0, pValue: 1 });
    expect(twoProportionZTest(0, 10, 0, 10)).toMatchObject({ z: 0, pValue: 1 });
  });
});

describe('mannWhitneyU', () => {
  it('matches scipy.stats.mannwhitneyu (asymptotic, continuity) on separated samples', () => {
    const r = mannWhitneyU([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);
    expect(r.u).toBe(25);
    expect(r.z).toBeCloseTo(2.50672, 4);
    expect(r.pValue).toBeCloseTo(0.012186, 4);
    expect(r.commonLanguageEffect).toBe(1);
  });
  it('uses average ranks and the tie correction', () => {
    // ranks: 1→1, 2→3 (×3), 3→5.5 (×2), 4→7.5 (×2); after = {2,3,4,4}: 3 + 5.5 + 7.5 + 7.5 = 23.5
    const r = mannWhitneyU([1, 2, 2, 3], [2, 3, 4, 4]);
    expect(r.u).toBeCloseTo(13.5, 10);
    // variance = 16/12 × (9 − (24 + 6 + 6) / 56); scipy: p = 0.134169
    expect(r.z).toBeCloseTo((13.5 - 8 - 0.5) / Math.sqrt((16 / 12) * (9 - 36 / 56)), 10);
    expect(r.pValue).toBeCloseTo(0.134169, 5);
  });
  it('is symmetric and silent on identical samples', () => {
    const a = [3, 9, 1, 7, 5];
    const b = [4, 8, 2, 10, 6, 12];
    expect(mannWhitneyU(a, b).pValue).toBeCloseTo(mannWhitneyU(b, a).pValue, 12);
    expect(mannWhitneyU(a, b).pValue).toBeCloseTo(0.411314, 5); // scipy
    expect(mannWhitneyU(a, b).u).toBe(20);
    expect(mannWhitneyU(a, a).pValue).toBe(1);
    expect(mannWhitneyU([], a).pValue).toBe(1);
  });
});

describe('bootstrapMedianDiff', () => {
  it('computes medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  it('is deterministic for a seed and brackets a clear shift away from zero', () => {
    const before = Array.from({ length: 40 }, (_, i) => 10_000 + (i % 10) * 500);
    const after = before.map((v) => v - 4000);
    const a = bootstrapMedianDiff(before, after, { seed: 3 });
    expect(a).toEqual(bootstrapMedianDiff(before, after, { seed: 3 }));
    expect(a.diff).toBe(-4000);
    expect(a.low).toBeLessThanOrEqual(-4000);
    expect(a.high).toBeGreaterThanOrEqual(-4000);
    expect(a.high).toBeLessThan(0);
  });
  it('includes zero when nothing changed', () => {
    const xs = Array.from({ length: 30 }, (_, i) => (i * 7919) % 100);
    const r = bootstrapMedianDiff(xs, [...xs].reverse(), { seed: 5 });
    expect(r.low).toBeLessThanOrEqual(0);
    expect(r.high).toBeGreaterThanOrEqual(0);
  });
});

describe('verdictOf', () => {
  it('reads direction and significance', () => {
    expect(verdictOf('lower_is_better', -0.1, 0.01)).toBe('helped');
    expect(verdictOf('lower_is_better', 0.1, 0.01)).toBe('worse');
    expect(verdictOf('higher_is_better', 0.1, 0.01)).toBe('helped');
    expect(verdictOf('higher_is_better', 0.1, 0.2)).toBe('no_change');
  });
});
