import type { ErrorKind } from '@minwon-ux/schema';

type Flags = Partial<Record<keyof ValidityState, boolean>>;

/** ValidityState flags in the browser's own order; each maps to its snake_case wire `errorKind`. */
const FLAGS = [
  'valueMissing',
  'typeMismatch',
  'patternMismatch',
  'tooShort',
  'tooLong',
  'rangeUnderflow',
  'rangeOverflow',
  'stepMismatch',
  'badInput',
] as const;

/**
 * Maps a field's `ValidityState` flags to the wire's `errorKind`: the first failing constraint wins
 * (`valueMissing` → `value_missing`); `customError` (setCustomValidity) and anything else is `custom`.
 *
 * @example
 * errorKindOf({ valueMissing: true }); // 'value_missing'
 */
export function errorKindOf(validity: Flags): ErrorKind {
  const flag = FLAGS.find((f) => validity[f]);
  return flag ? (flag.replace(/[A-Z]/, (c) => `_${c.toLowerCase()}`) as ErrorKind) : 'custom';
}
