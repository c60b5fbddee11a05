import { allFixes, type FixFlags, isProblemId, type ProblemId, UnknownProblemError } from './problems.ts';

/** The fix switches of a running demo site; changed at runtime by `POST /__demo/fixes`. */
export interface FixState {
  get(): FixFlags;
  /** Sets some switches, leaves the others, returns the new state. */
  update(changes: Partial<Record<ProblemId, boolean>>): FixFlags;
}

/**
 * Holds the fix switches.
 *
 * @example
 * const fixes = createFixState({ 'phone-hyphen': true });
 * fixes.update({ 'menu-label': true });
 */
export function createFixState(initial: Partial<Record<ProblemId, boolean>> = {}): FixState {
  let flags: FixFlags = { ...allFixes(false), ...initial };
  return {
    get: () => flags,
    update(changes) {
      flags = { ...flags, ...changes };
      return flags;
    },
  };
}

/** A fix update body that is not `{ "<problem id>": boolean, … }`. */
export class InvalidFixUpdateError extends Error {
  readonly code = 'invalid_fix_update';
}

/**
 * Checks a `POST /__demo/fixes` body: an object of problem ids to booleans.
 *
 * @example
 * parseFixUpdate({ 'date-format': true }); // { 'date-format': true }
 */
export function parseFixUpdate(body: unknown): Partial<Record<ProblemId, boolean>> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new InvalidFixUpdateError('expected a JSON object of problem ids to booleans');
  const changes: Partial<Record<ProblemId, boolean>> = {};
  for (const [key, value] of Object.entries(body)) {
    if (!isProblemId(key)) throw new UnknownProblemError(key);
    if (typeof value !== 'boolean') throw new InvalidFixUpdateError(`"${key}" must be true or false`);
    changes[key] = value;
  }
  return changes;
}
