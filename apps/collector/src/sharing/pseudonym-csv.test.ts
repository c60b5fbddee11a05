import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, UTF8_BOM } from './csv.ts';
import { pickPseudonym, pseudonymLabel } from './pseudonym.ts';

/** A seeded generator (mulberry32) standing in for crypto's randomInt. */
function seeded(seed: number) {
  let a = seed;
  return (max: number) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max);
  };
}

describe('pickPseudonym', () => {
  it('gives distinct letters, one letter while A–Z has room, then longer', () => {
    const used = new Set<string>();
    const random = seeded(7);
    for (let i = 0; i < 200; i++) used.add(pickPseudonym(used, random));
    expect(used.size).toBe(200);
    const lengths = [...used].map((p) => p.length);
    expect(lengths.filter((l) => l === 1).length).toBe(13);
    expect(Math.max(...lengths)).toBe(2);
    for (const p of used) expect(p).toMatch(/^[A-Z]+$/);
    expect(pseudonymLabel('QK')).toBe('기관 QK');
  });
});

describe('CSV', () => {
  it('starts with a BOM, quotes what needs it and defuses formulas', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x,y'],
          [null, '말 "인용"'],
        ],
      ),
    ).toBe(`${UTF8_BOM}a,b\r\n1,"x,y"\r\n,"말 ""인용"""\r\n`);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell('+82 주소')).toBe("'+82 주소");
  });
});
