import type { ScorecardIndicators } from '@minwon-ux/api-contract';
import { describe, expect, it } from 'vitest';
import {
  bandOf,
  compositeOf,
  DEFAULT_SCORECARD_TARGETS,
  emptyIndicators,
  formulaOf,
  memorabilityIndex,
  SCORECARD_FORMULA_VERSION,
  scoreCriteria,
  scoreIndicators,
  scoreValue,
} from './formula.ts';

function indicators(over: Partial<ScorecardIndicators>): ScorecardIndicators {
  return { ...emptyIndicators(), ...over };
}

const healthy = indicators({
  sessions: 400,
  starts: 200,
  completions: 170,
  medianCompletionSeconds: 90,
  errorStarts: 10,
  repeatErrorStarts: 0,
  firstStarts: 150,
  firstCompletions: 135,
  firstMedianSeconds: 100,
  returningStarts: 50,
  returningCompletions: 50,
  returningMedianSeconds: 80,
  answers: 40,
  answerSum: 180,
});

describe('scoreValue', () => {
  it('maps best to 100, worst to 0, linear between and clamps outside (both directions)', () => {
    const lower = { best: 0.05, worst: 0.5 };
    expect(scoreValue(0.05, lower)).toBe(100);
    expect(scoreValue(0.5, lower)).toBe(0);
    expect(scoreValue(0.275, lower)).toBe(50);
    expect(scoreValue(0, lower)).toBe(100);
    expect(scoreValue(0.9, lower)).toBe(0);
    const higher = { best: 4.5, worst: 2.5 };
    expect(scoreValue(3.5, higher)).toBe(50);
    expect(scoreValue(5, higher)).toBe(100);
    expect(scoreValue(1, higher)).toBe(0);
  });
});

describe('bandOf', () => {
  it('is 우수 at 80 and above, 미흡 below 60, 보통 between', () => {
    expect(bandOf(100)).toBe('excellent');
    expect(bandOf(80)).toBe('excellent');
    expect(bandOf(79.9)).toBe('fair');
    expect(bandOf(60)).toBe('fair');
    expect(bandOf(59.9)).toBe('poor');
    expect(bandOf(0)).toBe('poor');
  });
});

describe('scoreCriteria', () => {
  it('scores each criterion from its indicator', () => {
    const c = scoreCriteria(healthy);
    expect(c.efficiency).toEqual({ value: 90, score: 100, samples: 170 });
    expect(c.errorPrevention).toEqual({ value: 0.05, score: 100, samples: 200 });
    expect(c.learnability).toEqual({ value: 0.9, score: 100, samples: 150 });
    // completion ratio 1/0.9, speed ratio 100/80 → √(1.1111 × 1.25) = 1.1785
    expect(c.memorability.value).toBeCloseTo(1.1785, 4);
    expect(c.memorability.score).toBe(100);
    expect(c.satisfaction).toEqual({ value: 4.5, score: 100, samples: 40 });
  });

  it('lowers 오류 방지 when errors repeat, by the repeated-error weight', () => {
    const once = scoreCriteria(indicators({ starts: 100, errorStarts: 20, repeatErrorStarts: 0 }));
    const again = scoreCriteria(indicators({ starts: 100, errorStarts: 20, repeatErrorStarts: 20 }));
    // error share 0.2 → 88.9 (best 0.1, worst 1); no repeats → 100: 0.7 × 88.9 + 0.3 × 100 = 92.2;
    // repeated share 0.2 (best 0, worst 1) → 80: 0.7 × 88.9 + 0.3 × 80 = 86.2
    expect(once.errorPrevention.score).toBe(92.2);
    expect(again.errorPrevention.score).toBe(86.2);
  });

  it('leaves a criterion null below its minimum samples', () => {
    const c = scoreCriteria(indicators({ starts: 9, errorStarts: 1, answers: 4, answerSum: 20 }));
    expect(c.errorPrevention).toEqual({ value: null, score: null, samples: 9 });
    expect(c.satisfaction).toEqual({ value: null, score: null, samples: 4 });
    expect(c.efficiency.score).toBeNull();
    expect(c.memorability.score).toBeNull();
  });
});

describe('memorabilityIndex', () => {
  it('is the completion ratio alone without both medians, and null without first-timers', () => {
    expect(memorabilityIndex(0.5, 0.6, null, 30)).toBe(1.2);
    expect(memorabilityIndex(0.5, 0.5, 60, 60)).toBe(1);
    expect(memorabilityIndex(null, 0.5, 60, 60)).toBeNull();
    expect(memorabilityIndex(0, 0.5, 60, 60)).toBeNull();
  });
});

describe('scoreIndicators', () => {
  it('composes the measured criteria and bands the result', () => {
    const r = scoreIndicators(healthy);
    expect(r).toMatchObject({ score: 100, band: 'excellent', unscored: null });
  });

  it('renormalises the weights over measured criteria only', () => {
    // only 오류 방지 measured: 0.55 share → 50, no repeats → 100: 65, not 13
    const r = scoreIndicators(indicators({ sessions: 100, starts: 100, errorStarts: 55 }));
    expect(r.criteria.learnability.score).toBeNull();
    expect(r).toMatchObject({ score: 65, band: 'fair', unscored: null });
  });

  it('marks a period with too few sessions insufficient, not scored', () => {
    const r = scoreIndicators({ ...healthy, sessions: 29 });
    expect(r).toMatchObject({ score: null, band: null, unscored: 'too_few_sessions' });
    expect(r.criteria.efficiency.score).toBe(100);
  });

  it('says so when no criterion is measurable', () => {
    const r = scoreIndicators(indicators({ sessions: 500 }));
    expect(r).toMatchObject({ score: null, band: null, unscored: 'too_few_samples' });
  });

  it('follows an agency target', () => {
    const strict = {
      ...DEFAULT_SCORECARD_TARGETS,
      criteria: { ...DEFAULT_SCORECARD_TARGETS.criteria, efficiency: { best: 30, worst: 90, minSamples: 5 } },
    };
    expect(scoreCriteria(healthy, strict).efficiency.score).toBe(0);
  });
});

describe('compositeOf', () => {
  it('weighs criteria', () => {
    const c = scoreCriteria(
      indicators({ starts: 100, errorStarts: 100, completions: 10, medianCompletionSeconds: 90 }),
    );
    // efficiency 100, 오류 방지 0.7 × 0 + 0.3 × 100 = 30
    expect(compositeOf(c, DEFAULT_SCORECARD_TARGETS.weights)).toBe(65);
    expect(compositeOf(c, { ...DEFAULT_SCORECARD_TARGETS.weights, errorPrevention: 3 })).toBe(47.5);
  });
});

describe('formulaOf', () => {
  it('names the version and the targets', () => {
    expect(formulaOf()).toMatchObject({ version: SCORECARD_FORMULA_VERSION, bands: { excellent: 80, poor: 60 } });
  });
});
