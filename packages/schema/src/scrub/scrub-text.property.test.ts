import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scrubPath } from './scrub-path.ts';
import { scrubText } from './scrub-text.ts';

// Fixed seed: the same cases every run, so a failure reproduces.
const RUNS = { seed: 20_241_115, numRuns: 2_000 } as const;

const digit = fc.integer({ min: 0, max: 9 });
const digits = (length: number) => fc.array(digit, { minLength: length, maxLength: length }).map((d) => d.join(''));
const pad2 = (n: number) => String(n).padStart(2, '0');

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
/** Characters that build and break identifiers. */
const numeric = fc.constantFrom(...'0123456789-- .*()+@%가서울M'.split(''), '０', '－');

/** Korean and English text with no digits, so any digit left in the output leaked from an identifier. */
const filler = fc.string({
  unit: fc.constantFrom(...'민원신청서류발급가나다 abcXYZ.,:;!?()'.split('')),
  maxLength: 20,
});

const residentNumber = fc
  .tuple(
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 1, max: 8 }),
    digits(5),
    fc.constantFrom('-', '', ' ', ' - '),
  )
  .map(([yy, mm, dd, seventh, serial, sep]) => {
    const body = `${pad2(yy)}${pad2(mm)}${pad2(dd)}${seventh}${serial}`;
    const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
    const sum = weights.reduce((acc, weight, i) => acc + weight * Number(body[i]), 0);
    const check = (11 - (sum % 11)) % 10;
    return `${body.slice(0, 6)}${sep}${body.slice(6)}${check}`;
  });

const phoneNumber = fc
  .tuple(
    fc.constantFrom('010', '011', '016', '017', '018', '019', '02', '031', '042', '051', '064', '070', '0505'),
    fc.oneof(digits(3), digits(4)),
    digits(4),
    fc.constantFrom('-', '.', ' ', ''),
    fc.boolean(),
  )
  .map(([prefix, middle, last, sep, international]) =>
    international ? `+82 ${prefix.slice(1)}${sep}${middle}${sep}${last}` : `${prefix}${sep}${middle}${sep}${last}`,
  );

const cardNumber = fc
  .tuple(fc.constantFrom('4', '5', '9'), digits(14), fc.constantFrom('', '-', ' '))
  .map(([issuer, body, sep]) => {
    const partial = `${issuer}${body}`;
    let sum = 0;
    for (let i = 0; i < partial.length; i++) {
      // Counting from the check digit (rightmost, not doubled), every second digit is doubled.
      let d = Number(partial[partial.length - 1 - i]);
      if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    const full = `${partial}${(10 - (sum % 10)) % 10}`;
    return full.match(/\d{4}/g)!.join(sep);
  });

describe('scrubText properties', () => {
  it('never throws, including on lone surrogates, and is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: codeUnit }), fc.string({ unit: numeric, maxLength: 60 })), (text) => {
        const once = scrubText(text);
        expect(scrubText(once)).toBe(once);
      }),
      RUNS,
    );
  });

  it('is idempotent on text mixing identifiers and digit noise', () => {
    const piece = fc.oneof(residentNumber, phoneNumber, cardNumber, fc.string({ unit: numeric, maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const once = scrubText(pieces.join(''));
        expect(scrubText(once)).toBe(once);
      }),
      RUNS,
    );
  });

  it.each([
    ['resident number', residentNumber, '[RRN]'],
    ['phone number', phoneNumber, '[PHONE]'],
    ['card number', cardNumber, '[CARD]'],
  ] as const)('removes a generated %s embedded in text', (_name, identifier, tag) => {
    fc.assert(
      fc.property(filler, identifier, filler, (before, id, after) => {
        const out = scrubText(`${before}${id}${after}`);
        expect(out).toBe(`${before}${tag}${after}`);
        expect(out).not.toMatch(/\d/);
      }),
      RUNS,
    );
  });
});

describe('scrubPath properties', () => {
  it('never throws and always returns a path without fragment', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: codeUnit }), fc.webUrl({ withQueryParameters: true, withFragments: true })),
        (input) => {
          const out = scrubPath(input, ['q']);
          expect(out.startsWith('/')).toBe(true);
          expect(out).not.toContain('#');
        },
      ),
      RUNS,
    );
  });
});
