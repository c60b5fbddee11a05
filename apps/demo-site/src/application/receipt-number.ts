/**
 * Makes receipt numbers like `2AA-2611-000123`: office code, year and month of receipt, sequence.
 *
 * @example
 * const next = createReceiptNumbers(123);
 * next(new Date('2026-11-03T00:00:00Z')); // '2AA-2611-000123'
 */
export function createReceiptNumbers(start = 1): (at: Date) => string {
  let sequence = start;
  return (at) => {
    const yy = String(at.getUTCFullYear() % 100).padStart(2, '0');
    const mm = String(at.getUTCMonth() + 1).padStart(2, '0');
    const number = `2AA-${yy}${mm}-${String(sequence % 1_000_000).padStart(6, '0')}`;
    sequence += 1;
    return number;
  };
}
