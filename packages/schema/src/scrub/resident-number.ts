import { DASH, MASK } from './patterns.ts';
import { SCRUB_TAGS } from './tags.ts';

// YYMMDD, a separator (dash with optional spaces, a space, a dot or none), then the seventh digit
// (1–4 residents, 5–8 foreigners) and six more. The check digit is not verified: numbers issued
// since October 2020 have none. Masked tails (`900101-1******`) are matched too.
const RESIDENT_NUMBER = new RegExp(
  `(?<!\\d)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?: {0,2}${DASH} {0,2}|[ .])?(?:[1-8]|${MASK})(?:\\d|${MASK}){6}(?!\\d)`,
  'g',
);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Whether `month`/`day` can be a birth date in any year (29 February included).
 *
 * @example
 * isPlausibleMonthDay(2, 30); // false
 */
export function isPlausibleMonthDay(month: number, day: number): boolean {
  const last = DAYS_IN_MONTH[month - 1];
  return last !== undefined && day >= 1 && day <= last;
}

/** Replaces resident and foreigner registration numbers, checksum-valid or not, with `[RRN]`. */
export function scrubResidentNumbers(text: string): string {
  return text.replace(RESIDENT_NUMBER, (match, month: string, day: string) =>
    isPlausibleMonthDay(Number(month), Number(day)) ? SCRUB_TAGS.residentNumber : match,
  );
}
