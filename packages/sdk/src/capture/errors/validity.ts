import type { ErrorKind } from '@minwon-ux/schema';

type Flags = Partial<Record<keyof ValidityState, boolean>>;

const ORDER: [keyof ValidityState, ErrorKind][] = [
  ['valueMissing', 'value_missing'],
  ['typeMismatch', 'type_mismatch'],
  ['patternMismatch', 'pattern_mismatch'],
  ['tooShort', 'too_short'],
  ['tooLong', 'too_long'],
  ['rangeUnderflow', 'range_underflow'],
  ['rangeOverflow', 'range_overflow'],
  ['stepMismatch', 'step_mismatch'],
  ['badInput', 'bad_input'],
];

/**
 * Maps a field's `ValidityState` flags to the wire's `errorKind`; the first failing constraint in
 * the browser's own order wins, `customError` (setCustomValidity) and anything else is `custom`.
 *
 * @example
 * errorKindOf({ valueMissing: true }); // 'value_missing'
 */
export function errorKindOf(validity: Flags): ErrorKind {
  for (const [flag, kind] of ORDER) if (validity[flag]) return kind;
  return 'custom';
}
