import { describe, expect, it } from 'vitest';
import { type SlowFieldRow, sessionsAtLeast, slowFieldInsights, slowThresholdMs } from './slow-fields.ts';

/** The log bucket a value falls in (migration 0032). */
const bucket = (ms: number) => String(Math.round(Math.log(ms + 1) / Math.log(1.05)));

function row(over: Partial<SlowFieldRow>): SlowFieldRow {
  return {
    form_id: 'f',
    field_id: 'date',
    dwells: 10,
    touched: 10,
    focus_p50: 3000,
    hesitation_p50: 6000,
    form_focus_p50: 3000,
    form_hesitation_p50: 1000,
    form_fields: 3,
    session_focus_hist: { [bucket(3000)]: 10 },
    session_hesitation_hist: { [bucket(6000)]: 4, [bucket(1000)]: 6 },
    ...over,
  };
}

describe('slow fields at the threshold edges', () => {
  it('the threshold is max(5 s, 2.5 × the form median)', () => {
    expect(slowThresholdMs(1000)).toBe(5000);
    expect(slowThresholdMs(2000)).toBe(5000);
    expect(slowThresholdMs(2400)).toBe(6000);
    expect(slowThresholdMs(0)).toBe(5000);
  });

  it('counts the sessions at or past the threshold, not under it', () => {
    const hist = { [bucket(4000)]: 3, [bucket(5000)]: 2, [bucket(12_000)]: 1 };
    expect(sessionsAtLeast(hist, 4000)).toBe(6);
    expect(sessionsAtLeast(hist, 4500)).toBe(3);
    expect(sessionsAtLeast(hist, 13_000)).toBe(0); // 12 s reads back as ≈ 12.3 s (±2.5 %)
    expect(sessionsAtLeast({}, 0)).toBe(0);
  });

  it('fires from 10 dwells, not 9', () => {
    expect(slowFieldInsights([row({ dwells: 9 })])).toEqual([]);
    expect(slowFieldInsights([row({ dwells: 10 })])).toHaveLength(1);
  });

  it('fires from a 3-field form, not 2', () => {
    expect(slowFieldInsights([row({ form_fields: 2 })])).toEqual([]);
  });

  it('a median just under the threshold is not slow; at it, it is', () => {
    expect(slowFieldInsights([row({ hesitation_p50: 4999 })])).toEqual([]);
    expect(slowFieldInsights([row({ hesitation_p50: 5000 })])).toHaveLength(1);
    // the form's median lifts the threshold to 2.5 × 2400 = 6000
    expect(slowFieldInsights([row({ form_hesitation_p50: 2400, hesitation_p50: 5999 })])).toEqual([]);
  });

  it('affected = the slow sessions (4 of 10 touched), the larger count when focus is slow too', () => {
    const [hesitating] = slowFieldInsights([row({})]);
    expect([hesitating!.affectedSessions, hesitating!.population]).toEqual([4, 10]);
    const both = row({ focus_p50: 8000, session_focus_hist: { [bucket(8000)]: 7, [bucket(3000)]: 3 } });
    expect(slowFieldInsights([both])[0]!.affectedSessions).toBe(7);
  });
});
