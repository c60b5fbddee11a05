import { REGION } from './patterns.ts';
import { SCRUB_TAGS } from './tags.ts';

// The Hangul letters that appear on Korean plates (private, commercial, rental).
const PLATE_LETTER = '[가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자배하허호]';
// A number followed by a counter or unit is an amount, not a plate: `12조 3456억`, `12가 1234명`.
const NOT_AFTER = '[0-9억만천백원명개건회년월일시분초세층]';

// 12가3456, 123가4567, 12가 3456, and the old regional form 서울12가3456 / 서울 1가 1234.
const PLATE = new RegExp(`(?:${REGION} ?\\d{1,3}|(?<!\\d)\\d{2,3}) ?${PLATE_LETTER} ?\\d{4}(?!${NOT_AFTER})`, 'g');

/** Replaces vehicle registration plates with `[PLATE]`. */
export function scrubPlates(text: string): string {
  return text.replace(PLATE, SCRUB_TAGS.plate);
}
