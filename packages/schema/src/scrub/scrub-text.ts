import { scrubAccounts } from './account.ts';
import { scrubBusinessNumbers } from './business-number.ts';
import { scrubCards } from './card.ts';
import { scrubDriverLicenses } from './driver-license.ts';
import { scrubEmails } from './email.ts';
import { scrubIpAddresses } from './ip-address.ts';
import { normalizeDigits } from './normalize-digits.ts';
import { scrubPassports } from './passport.ts';
import { scrubPhones } from './phone.ts';
import { scrubPlates } from './plate.ts';
import { scrubResidentNumbers } from './resident-number.ts';

// Order matters: each detector sees the output of the ones before it, so specific formats run
// first and the generic account rule last.
// - E-mail first: a local part may be digits (`9001011234567@example.com`); scrubbing those first
//   would leave the domain behind.
// - IP addresses last: they need dots or colons, which no earlier rule takes as a whole.
// - Resident numbers next: 13 digits with a plausible birth date are an RRN even if Luhn-valid.
// - Cards before the digit-group rules; a Luhn-invalid 4-4-4-4 run falls through to the account rule.
// - Fixed formats (BRN 3-2-5, driver's licence 2-2-6-2) before the account rule, which would claim them.
// - Passports and plates need letters, so they cannot collide with the digit-only formats.
const DETECTORS: readonly ((text: string) => string)[] = [
  scrubEmails,
  scrubResidentNumbers,
  scrubCards,
  scrubPhones,
  scrubBusinessNumbers,
  scrubDriverLicenses,
  scrubPassports,
  scrubPlates,
  scrubAccounts,
  scrubIpAddresses,
];

// Every detector needs a digit, except e-mail which needs an `@`.
const MAY_HOLD_IDENTIFIER = /[0-9@\uff10-\uff19]/;

/**
 * Replaces personal identifiers in free text with bracketed tags: `[RRN]` (resident and foreigner
 * registration numbers), `[PHONE]`, `[EMAIL]`, `[CARD]`, `[BRN]`, `[PASSPORT]`, `[DRIVER_LICENSE]`,
 * `[ACCOUNT]`, `[PLATE]`, `[IP]`. Dates, prices, times, receipt numbers and postal codes survive. Never
 * throws; scrubbing twice gives the same result as scrubbing once.
 *
 * @example
 * scrubText('주민번호900101-1234567입니다, 연락처 010.1234.5678');
 * // '주민번호[RRN]입니다, 연락처 [PHONE]'
 */
export function scrubText(input: string): string {
  if (!MAY_HOLD_IDENTIFIER.test(input)) return input;
  let text = normalizeDigits(input);
  // A tag can expose a neighbour that a digit or letter boundary hid in the previous pass
  // (`12가3456M12345678`: the passport only stands alone once the plate is a tag). Repeat until
  // nothing changes; every changing pass removes at least one digit or `@`, so this terminates,
  // and text without identifiers takes one pass.
  for (;;) {
    let next = text;
    for (const detect of DETECTORS) next = detect(next);
    if (next === text) return next;
    text = next;
  }
}
