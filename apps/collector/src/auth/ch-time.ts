/**
 * Formats epoch milliseconds for a `DateTime64(3, 'UTC')` column in JSONEachRow inserts.
 *
 * @example
 * toChDateTime(0); // '1970-01-01 00:00:00.000'
 */
export function toChDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}
