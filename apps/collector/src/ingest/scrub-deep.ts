import { scrubText } from '@minwon-ux/schema';

/**
 * Scrubs every string value of a decoded JSON value (replay chunks: the SDK masks text, but the
 * collector never trusts a client with personal data). Keys are copied as own properties, so a
 * `__proto__` key stays data and never becomes a prototype.
 *
 * @example
 * scrubDeep([{ type: 3, data: { text: '010-1234-5678' } }]); // [{ type: 3, data: { text: '[PHONE]' } }]
 */
export function scrubDeep(value: unknown): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (Array.isArray(value)) return value.map(scrubDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(out, key, {
        value: scrubDeep((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}
