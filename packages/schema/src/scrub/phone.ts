import { DASH } from './patterns.ts';
import { SCRUB_TAGS } from './tags.ts';

// Between groups: a dash, dot or closing parenthesis with optional spaces around it, one space, or
// nothing: `010-1234-5678`, `010.1234.5678`, `010 1234 5678`, `01012345678`, `(02)123-4567`.
const SEP = `(?: ?(?:${DASH}|[.)]) ?| )?`;

// Area and service codes: mobile 010/011/016–019, Seoul 02, regional 031–064, 050x virtual
// numbers, 070 internet phones, 060/080 service numbers.
const AREA = '(?:1[016-9]|2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|50\\d|[678]0)';
// Domestic form, the area code possibly in parentheses: `(02)123-4567`. A `(` opening a sentence
// aside (`(010-1234-5678`) stays outside the match.
const DOMESTIC = `(?:\\(0${AREA}\\)|(?<!\\d)0${AREA})`;
// +82 or 0082, the trunk 0 dropped or written as `(0)`. `+` starts a new token even after a digit.
const INTERNATIONAL = `(?:\\+|(?<!\\d)00)82${SEP}(?:\\(0\\) ?|0)?${AREA}`;
// The middle group may be masked (`010-****-5678`): the last four digits still identify a person.
const SUBSCRIBER = `${SEP}[\\d*]{3,4}${SEP}\\d{4}`;
// Nationwide representative numbers 15xx/16xx/18xx-xxxx, with a dash or bare: a space or a dot
// there reads as two amounts (`1500 2000`) or a decimal (`1600.2500`) too often.
const REPRESENTATIVE = `(?<!\\d)1[568]\\d{2}${DASH}?\\d{4}`;

const PHONE = new RegExp(`(?:(?:${DOMESTIC}|${INTERNATIONAL})${SUBSCRIBER}|${REPRESENTATIVE})(?!\\d)`, 'g');

/** Replaces Korean phone numbers (mobile, landline, 050x, 070, 15xx, +82 forms) with `[PHONE]`. */
export function scrubPhones(text: string): string {
  return text.replace(PHONE, SCRUB_TAGS.phone);
}
