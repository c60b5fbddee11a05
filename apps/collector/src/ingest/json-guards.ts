import { ApiError } from '../http/api-error.ts';
import { mapJsonStrings } from './map-json-strings.ts';

/**
 * Refuses a parsed JSON value nested deeper than `maxDepth` (objects and arrays; the outermost is
 * level 1). Deep values are harmless to `JSON.parse` but overflow the stack of anything recursive
 * downstream (`JSON.stringify`, validators). The walk stops at `maxDepth`, so it never recurses deeper.
 *
 * @example
 * assertNestingDepth(JSON.parse('{"a":[1]}'), 8); // ok
 */
export function assertNestingDepth(value: unknown, maxDepth: number): void {
  if (nestsDeeper(value, maxDepth)) {
    throw new ApiError(400, 'nesting_too_deep', `JSON may nest at most ${maxDepth} levels.`);
  }
}

function nestsDeeper(value: unknown, levelsLeft: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (levelsLeft === 0) return true;
  if (Array.isArray(value)) return value.some((item) => nestsDeeper(item, levelsLeft - 1));
  for (const key in value) {
    if (nestsDeeper((value as Record<string, unknown>)[key], levelsLeft - 1)) return true;
  }
  return false;
}

/** A `\uD800`–`\uDFFF` escape: the only way JSON text can carry a lone UTF-16 surrogate. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/**
 * Lone UTF-16 surrogates (a label cut in the middle of an emoji, or hostile input) are replaced with
 * U+FFFD in every string and key, so the store only ever receives well-formed text. Decision: replace,
 * not refuse — truncation by a client is the common cause and the rest of the event is worth keeping.
 * Only text with a surrogate escape is walked at all.
 *
 * @example
 * toWellFormedJson('"\\ud800x"', JSON.parse('"\\ud800x"')); // '\uFFFDx'
 */
export function toWellFormedJson(text: string, value: unknown): unknown {
  return SURROGATE_ESCAPE.test(text) ? mapJsonStrings(value, toWellFormed) : value;
}

/** `String.prototype.toWellFormed` (Node 20) is newer than the ES lib the project compiles against. */
const toWellFormed = (s: string): string => (s as unknown as { toWellFormed(): string }).toWellFormed();
