// Regex source fragments shared by the detectors. Every quantifier is bounded or sits between
// disjoint character classes, so no pattern can backtrack catastrophically.

/** Hyphen-like characters people type between digit groups (ASCII, Unicode dashes, minus sign). */
export const DASH = '[-\\u2010-\\u2015\\u2212]';

/** Characters used to mask digits in partially hidden numbers: `900101-1******`. */
export const MASK = '[*xX\\u25cf\\u25cb\\u2022\\uff0a]';

/** Metropolitan and provincial names written before old vehicle plates and driver's licences. */
export const REGION = '(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)';

/** A calendar date at the start of a digit group (`2024-01-15-0001`): a dated code, not an account. */
export const LEADING_DATE = /^(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])(?!\d)/;

/** Keeps only the ASCII digits of `text`. */
export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}
