import { describe, expect, it } from 'vitest';
import { createEngagedClock } from './engaged-clock.ts';

describe('engaged clock (visible AND focused AND active within 30 s), injected time', () => {
  it('stops counting 30 s after the last activity', () => {
    const clock = createEngagedClock(0, { visible: true, focused: true });
    clock.activity_(10_000);
    expect(clock.read_(100_000)).toEqual({ engagedMs: 40_000, visibleMs: 100_000, totalMs: 100_000 });
  });

  it('does not count hidden time, nor unfocused time', () => {
    const clock = createEngagedClock(0, { visible: true, focused: true });
    clock.activity_(5_000);
    clock.visibility_(10_000, false);
    clock.visibility_(20_000, true);
    clock.activity_(20_000);
    clock.focus_(25_000, false);
    expect(clock.read_(40_000)).toEqual({ engagedMs: 15_000, visibleMs: 30_000, totalMs: 40_000 });
  });

  it('regaining focus counts as activity', () => {
    const clock = createEngagedClock(0, { visible: true, focused: false });
    clock.focus_(60_000, true);
    expect(clock.read_(70_000).engagedMs).toBe(10_000);
  });

  it('a page opened in a background tab starts with nothing engaged or visible', () => {
    const clock = createEngagedClock(0, { visible: false, focused: false });
    expect(clock.read_(5_000)).toEqual({ engagedMs: 0, visibleMs: 0, totalMs: 5_000 });
  });

  it('each read is the time since the previous one, never negative', () => {
    const clock = createEngagedClock(0, { visible: true, focused: true });
    expect(clock.read_(1_000)).toEqual({ engagedMs: 1_000, visibleMs: 1_000, totalMs: 1_000 });
    expect(clock.read_(1_000)).toEqual({ engagedMs: 0, visibleMs: 0, totalMs: 0 });
    expect(clock.read_(500)).toEqual({ engagedMs: 0, visibleMs: 0, totalMs: 0 });
    clock.visibility_(2_000, false);
    expect(clock.read_(3_000)).toEqual({ engagedMs: 1_000, visibleMs: 1_000, totalMs: 2_000 });
  });
});
