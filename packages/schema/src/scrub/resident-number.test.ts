import { describe, expect, it } from 'vitest';
import { isPlausibleMonthDay } from './resident-number.ts';

describe('isPlausibleMonthDay', () => {
  it.each([
    [1, 31, true],
    [2, 29, true],
    [2, 30, false],
    [4, 31, false],
    [12, 31, true],
    [0, 1, false],
    [13, 1, false],
    [6, 0, false],
  ])('%i/%i → %s', (month, day, plausible) => {
    expect(isPlausibleMonthDay(month, day)).toBe(plausible);
  });
});
