import { digitsOf } from './patterns.ts';
import { SCRUB_TAGS } from './tags.ts';

// 4-4-4-4(-1..3) and 4-6-4/5 (Amex, Diners) with one consistent separator, or 13–19 bare digits.
const CARD = /(?<!\d)(?:\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5}|\d{13,19})(?!\d)/g;

/**
 * Whether a digit string passes the Luhn check used by payment cards.
 *
 * @example
 * isLuhnValid('4111111111111111'); // true
 */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Replaces Luhn-valid card numbers of 13–19 digits with `[CARD]`. */
export function scrubCards(text: string): string {
  return text.replace(CARD, (match) => (isLuhnValid(digitsOf(match)) ? SCRUB_TAGS.card : match));
}
