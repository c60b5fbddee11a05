import { describe, expect, it } from 'vitest';
import { isBusinessNumberValid } from './business-number.ts';

describe('isBusinessNumberValid', () => {
  it.each([
    ['1058150124', true],
    ['1234567891', true],
    ['1234567890', false],
    ['105815012', false],
    ['10581501240', false],
    ['105-81-50124', false],
  ])('%j → %s', (digits, valid) => {
    expect(isBusinessNumberValid(digits)).toBe(valid);
  });
});
