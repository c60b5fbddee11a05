/**
 * The bracketed tags the scrubber writes in place of a removed identifier. Tags hold no digits, so a
 * scrubbed string scrubbed again is unchanged.
 *
 * @example
 * scrubText('연락처 010-1234-5678') === `연락처 ${SCRUB_TAGS.phone}`; // '연락처 [PHONE]'
 */
export const SCRUB_TAGS = {
  email: '[EMAIL]',
  residentNumber: '[RRN]',
  card: '[CARD]',
  phone: '[PHONE]',
  businessNumber: '[BRN]',
  driverLicense: '[DRIVER_LICENSE]',
  passport: '[PASSPORT]',
  plate: '[PLATE]',
  account: '[ACCOUNT]',
  ip: '[IP]',
} as const;

/** One of the tags in {@link SCRUB_TAGS}. */
export type ScrubTag = (typeof SCRUB_TAGS)[keyof typeof SCRUB_TAGS];
