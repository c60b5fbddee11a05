import { randomInt } from 'node:crypto';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Picks a fresh pseudonym for an agency that opts in: random capital letters not in `used`, as short
 * as leaves room (one letter while fewer than half of A–Z are taken, then two, …). Random rather than
 * derived from the agency id, so nobody can work it out from a list of agency ids; stored once and
 * kept, so it is stable across calls and periods.
 *
 * @example
 * pickPseudonym(new Set(['A', 'B'])); // 'Q'
 */
export function pickPseudonym(used: ReadonlySet<string>, random: (max: number) => number = randomInt): string {
  for (let length = 1; ; length++) {
    const space = LETTERS.length ** length;
    const taken = [...used].filter((p) => p.length === length).length;
    if (taken * 2 >= space) continue;
    for (;;) {
      let code = '';
      for (let i = 0; i < length; i++) code += LETTERS[random(LETTERS.length)];
      if (!used.has(code)) return code;
    }
  }
}

/**
 * How an unnamed agency appears in Korean (the API's and the open-data file's language): "기관 A".
 *
 * @example
 * pseudonymLabel('QK'); // '기관 QK'
 */
export function pseudonymLabel(pseudonym: string): string {
  return `기관 ${pseudonym}`;
}
