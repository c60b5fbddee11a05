import { ApiError } from '../http/api-error.ts';

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Refuses JSON text nested deeper than `maxDepth` before it is parsed: deep values are harmless to
 * `JSON.parse` but overflow the stack of anything recursive downstream (`JSON.stringify`, validators).
 *
 * @example
 * assertNestingDepth('{"a":[1]}', 8); // ok
 */
export function assertNestingDepth(text: string, maxDepth: number): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === BACKSLASH) i++;
      else if (ch === QUOTE) inString = false;
    } else if (ch === QUOTE) inString = true;
    else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) {
      if (++depth > maxDepth) throw new ApiError(400, 'nesting_too_deep', `JSON may nest at most ${maxDepth} levels.`);
    } else if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) depth--;
  }
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
  return SURROGATE_ESCAPE.test(text) ? wellFormed(value) : value;
}

/** `String.prototype.toWellFormed` (Node 20) is newer than the ES lib the project compiles against. */
const toWellFormed = (s: string): string => (s as unknown as { toWellFormed(): string }).toWellFormed();

function wellFormed(value: unknown): unknown {
  if (typeof value === 'string') return toWellFormed(value);
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      Object.defineProperty(out, toWellFormed(key), {
        value: wellFormed(inner),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}
