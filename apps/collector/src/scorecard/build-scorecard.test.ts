import { describe, expect, it } from 'vitest';
import { buildPeriods, buildServices, indicatorsOf, periodsOf } from './build-scorecard.ts';
import { DEFAULT_SCORECARD_TARGETS } from './formula.ts';
import type { ScorecardFormRow } from './scorecard-query.ts';

const row = (over: Partial<ScorecardFormRow>): ScorecardFormRow => ({
  period: '2026-11-02',
  formId: 'apply',
  returning: 0,
  starts: 0,
  completions: 0,
  errorStarts: 0,
  repeatErrorStarts: 0,
  hist: {},
  answers: 0,
  answerSum: 0,
  ...over,
});

describe('periodsOf', () => {
  it('cuts weeks at Mondays and months at the 1st, clipped to the range', () => {
    expect(periodsOf('2026-11-04', '2026-11-20', 'week')).toEqual([
      { key: '2026-11-02', from: '2026-11-04', to: '2026-11-08' },
      { key: '2026-11-09', from: '2026-11-09', to: '2026-11-15' },
      { key: '2026-11-16', from: '2026-11-16', to: '2026-11-20' },
    ]);
    expect(periodsOf('2026-10-15', '2026-12-03', 'month')).toEqual([
      { key: '2026-10-01', from: '2026-10-15', to: '2026-10-31' },
      { key: '2026-11-01', from: '2026-11-01', to: '2026-11-30' },
      { key: '2026-12-01', from: '2026-12-01', to: '2026-12-03' },
    ]);
    expect(periodsOf('2026-11-09', '2026-11-09', 'week')).toEqual([
      { key: '2026-11-09', from: '2026-11-09', to: '2026-11-09' },
    ]);
  });
});

describe('indicatorsOf', () => {
  it('splits first-time and returning visitors and takes medians from the merged histograms', () => {
    // bucket k stands for 1.05^k − 1 ms: 141 ≈ 973 ms, 189 ≈ 10,078 ms
    const ind = indicatorsOf(
      [
        row({ starts: 10, completions: 8, errorStarts: 3, hist: { '141': 8 }, answers: 2, answerSum: 9 }),
        row({ returning: 1, starts: 5, completions: 5, repeatErrorStarts: 1, hist: { '189': 5 } }),
      ],
      40,
    );
    expect(ind).toMatchObject({
      sessions: 40,
      starts: 15,
      completions: 13,
      errorStarts: 3,
      repeatErrorStarts: 1,
      firstStarts: 10,
      firstCompletions: 8,
      returningStarts: 5,
      returningCompletions: 5,
      answers: 2,
      answerSum: 9,
    });
    expect(ind.firstMedianSeconds).toBe(1);
    expect(ind.returningMedianSeconds).toBe(10.1);
    expect(ind.medianCompletionSeconds).toBe(1); // 8 of 13 completions in the faster bucket
  });
});

describe('buildPeriods and buildServices', () => {
  it('keeps periods without data, unscored; orders services by starts', () => {
    const rows = {
      forms: [
        row({ starts: 60, completions: 50, errorStarts: 6 }),
        row({ formId: 'certificate', starts: 20, completions: 20 }),
      ],
      sessions: [{ period: '2026-11-02', sessions: 90 }],
    };
    const periods = buildPeriods(
      rows,
      { from: '2026-11-02', to: '2026-11-15', interval: 'week' },
      DEFAULT_SCORECARD_TARGETS,
    );
    expect(periods.map((p) => [p.from, p.sessions, p.unscored])).toEqual([
      ['2026-11-02', 90, null],
      ['2026-11-09', 0, 'too_few_sessions'],
    ]);
    const services = buildServices(rows.forms, DEFAULT_SCORECARD_TARGETS, {
      serviceCodes: new Map([['certificate', 'MOIS-7']]),
      titles: { apply: '전입신고' },
    });
    expect(services.map((s) => [s.formId, s.title, s.sessions, s.serviceCode])).toEqual([
      ['apply', '전입신고', 60, null],
      ['certificate', null, 20, 'MOIS-7'],
    ]);
    expect(services[1]).toMatchObject({ unscored: 'too_few_sessions' }); // 20 starts < 30
  });
});
