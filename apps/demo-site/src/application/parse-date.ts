/** A calendar date as people type it on the form. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * Reads `20261103`, `2026-11-03`, `2026.11.3` or `2026 11 03` as a real calendar date; anything else
 * (including 2026-02-30) is undefined. The page script has the same logic.
 *
 * @example
 * parseDateInput('2026.11.3'); // { year: 2026, month: 11, day: 3 }
 * parseDateInput('20260230'); // undefined
 */
export function parseDateInput(value: string): DateParts | undefined {
  const match = /^(\d{4})[-./ ]?(\d{1,2})[-./ ]?(\d{1,2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/**
 * The date as epoch milliseconds at UTC midnight.
 *
 * @example
 * dateToUtcMs({ year: 1970, month: 1, day: 2 }); // 86400000
 */
export function dateToUtcMs(parts: DateParts): number {
  return Date.UTC(parts.year, parts.month - 1, parts.day);
}
