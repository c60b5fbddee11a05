import { scrubText } from '@minwon-ux/schema';

/**
 * Scrubs every string of a decoded JSON value, object keys included (replay chunks: the SDK masks
 * text, but the collector never trusts a client with personal data, and rrweb puts page-chosen names
 * such as attribute names and style properties into keys). Each distinct string is scrubbed once per
 * call: a chunk repeats the same keys and values many times. Keys are copied as own properties, so a
 * `__proto__` key stays data and never becomes a prototype.
 *
 * @example
 * scrubDeep([{ type: 3, data: { text: '010-1234-5678' } }]); // [{ type: 3, data: { text: '[PHONE]' } }]
 */
export function scrubDeep(value: unknown): unknown {
  const known = new Map<string, string>();
  const scrub = (text: string): string => {
    let scrubbed = known.get(text);
    if (scrubbed === undefined) {
      scrubbed = scrubText(text);
      known.set(text, scrubbed);
    }
    return scrubbed;
  };
  const walk = (inner: unknown): unknown => {
    if (typeof inner === 'string') return scrub(inner);
    if (Array.isArray(inner)) return inner.map(walk);
    if (inner !== null && typeof inner === 'object') {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(inner)) {
        Object.defineProperty(out, scrub(key), {
          value: walk((inner as Record<string, unknown>)[key]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    return inner;
  };
  return walk(value);
}
