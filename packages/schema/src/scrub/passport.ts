import { SCRUB_TAGS } from './tags.ts';

// Korean passports: a type letter (M multiple, S single, R travel certificate, O official, D
// diplomatic, G official) then eight digits (M12345678), or since 2021 three digits, a letter and
// four digits (M123A4567). Latin letters or digits touching either end make it part of a longer code.
const PASSPORT = /(?<![A-Za-z0-9])[MSRODG](?:\d{8}|\d{3}[A-Z]\d{4})(?![A-Za-z0-9])/gi;

/** Replaces Korean passport numbers with `[PASSPORT]`. */
export function scrubPassports(text: string): string {
  return text.replace(PASSPORT, SCRUB_TAGS.passport);
}
