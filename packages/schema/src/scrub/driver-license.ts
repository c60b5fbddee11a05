import { DASH, REGION } from './patterns.ts';
import { SCRUB_TAGS } from './tags.ts';

// 11-23-456789-01 (region code, year, serial, check), or the region written out: 서울 23-456789-01.
const DRIVER_LICENSE = new RegExp(`(?:${REGION} ?|(?<!\\d)\\d{2}${DASH})\\d{2}${DASH}\\d{6}${DASH}\\d{2}(?!\\d)`, 'g');

/** Replaces driver's licence numbers with `[DRIVER_LICENSE]`. */
export function scrubDriverLicenses(text: string): string {
  return text.replace(DRIVER_LICENSE, SCRUB_TAGS.driverLicense);
}
