import { describe, expect, it } from 'vitest';
import { errorKindOf } from './validity.ts';

describe('errorKindOf', () => {
  it.each([
    [{ valueMissing: true }, 'value_missing'],
    [{ typeMismatch: true }, 'type_mismatch'],
    [{ patternMismatch: true }, 'pattern_mismatch'],
    [{ tooShort: true }, 'too_short'],
    [{ tooLong: true }, 'too_long'],
    [{ rangeUnderflow: true }, 'range_underflow'],
    [{ rangeOverflow: true }, 'range_overflow'],
    [{ stepMismatch: true }, 'step_mismatch'],
    [{ badInput: true }, 'bad_input'],
    [{ customError: true }, 'custom'],
    [{}, 'custom'],
  ] as const)('%o → %s', (flags, kind) => {
    expect(errorKindOf(flags)).toBe(kind);
  });

  it('takes the first failing constraint in the browser order', () => {
    expect(errorKindOf({ patternMismatch: true, valueMissing: true, customError: true })).toBe('value_missing');
    expect(errorKindOf({ rangeOverflow: true, stepMismatch: true })).toBe('range_overflow');
  });
});
