import { digitsOf, LEADING_DATE } from './patterns.ts';
import { SCRUB_TAGS } from './tags.ts';

// Three or four hyphenated groups of 2–7 digits, e.g. 110-123-456789, 1002-123-456789,
// 123-456789-01-001, 3333-01-1234567. A group touching a Latin letter or digit through a hyphen is
// part of a longer code (`2AA-2411-000123-001`) and left alone, as is a five-group code (ISBN).
const ACCOUNT = /(?<![A-Za-z0-9]-?)\d{2,7}(?:-\d{2,7}){2,3}(?!-?[A-Za-z0-9])/g;

/** Replaces bank-account-like hyphenated digit groups (10–16 digits, not date-led) with `[ACCOUNT]`. */
export function scrubAccounts(text: string): string {
  return text.replace(ACCOUNT, (match) => {
    const length = digitsOf(match).length;
    return length >= 10 && length <= 16 && !LEADING_DATE.test(match) ? SCRUB_TAGS.account : match;
  });
}
