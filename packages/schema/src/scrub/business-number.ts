import { SCRUB_TAGS } from './tags.ts';

// 123-45-67890 written with hyphens, or ten bare digits that pass the National Tax Service check.
const BUSINESS_NUMBER = /(?<!\d)(?:\d{3}-\d{2}-\d{5}|(\d{10}))(?!\d)/g;

const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;

/**
 * Whether ten digits carry a valid business registration check digit.
 *
 * @example
 * isBusinessNumberValid('1208147521'); // true
 */
export function isBusinessNumberValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  WEIGHTS.forEach((weight, i) => {
    sum += Number(digits[i]) * weight;
  });
  sum += Math.floor((Number(digits[8]) * 5) / 10);
  return (10 - (sum % 10)) % 10 === Number(digits[9]);
}

/** Replaces business registration numbers with `[BRN]`; bare ten-digit runs only when checksum-valid. */
export function scrubBusinessNumbers(text: string): string {
  return text.replace(BUSINESS_NUMBER, (match, bare: string | undefined) =>
    bare === undefined || isBusinessNumberValid(bare) ? SCRUB_TAGS.businessNumber : match,
  );
}
