import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.ts';

describe('backoffDelay (exponential, full jitter, capped)', () => {
  it('doubles the ceiling per attempt', () => {
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, () => 1))).toEqual([1000, 2000, 4000, 8000]);
  });
  it('is jittered between 0 and the ceiling', () => {
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(backoffDelay(3, () => 0.25)).toBe(2000);
  });
  it('is capped at 60 s however many failures', () => {
    expect(backoffDelay(50, () => 1)).toBe(60_000);
  });
});
