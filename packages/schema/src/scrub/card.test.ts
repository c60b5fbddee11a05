import { describe, expect, it } from 'vitest';
import { isLuhnValid } from './card.ts';

describe('isLuhnValid', () => {
  it.each([
    ['4111111111111111', true],
    ['5105105105105100', true],
    ['378282246310005', true],
    ['4222222222222', true],
    ['0', true],
    ['4111111111111112', false],
    ['1234567890123456', false],
    ['', false],
    ['4111-1111', false],
  ])('%j → %s', (digits, valid) => {
    expect(isLuhnValid(digits)).toBe(valid);
  });
});
