/**
 * Copies a decoded JSON value with `map` applied to every string, object keys included. Keys are
 * defined as own properties, so a `__proto__` key stays data and never becomes a prototype.
 *
 * @example
 * mapJsonStrings({ a: ['x'] }, (s) => s.toUpperCase()); // { A: ['X'] }
 */
export function mapJsonStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapJsonStrings(item, map));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      Object.defineProperty(out, map(key), {
        value: mapJsonStrings(inner, map),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}
