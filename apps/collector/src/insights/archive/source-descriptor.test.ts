import { describe, expect, it } from 'vitest';
import { defineSource, namedCounts } from './source-descriptor.ts';
import { ARCHIVE_SOURCES } from './sources.ts';

describe('defineSource', () => {
  const source = defineSource({ opens: 'sum(opens)', clicks: 'sum(clicks)' }, (counts) => `SELECT ${counts} AS counts`);

  it('places the count expressions in declaration order and names them in the same order', () => {
    expect(source.sql).toBe('SELECT [sum(opens), sum(clicks)] AS counts');
    expect(source.counts).toEqual(['opens', 'clicks']);
  });

  it('reads a summed counts array back by name, 0 where the range has none', () => {
    expect(namedCounts(source, ['3', 5])).toEqual({ opens: 3, clicks: 5 });
    expect(namedCounts(source, [])).toEqual({ opens: 0, clicks: 0 });
  });

  it('gives every archive source one SQL counts array with as many expressions as names', () => {
    for (const [name, { sql, counts }] of Object.entries(ARCHIVE_SOURCES)) {
      const literal = /\[([^\]]*)\] AS counts/s.exec(sql);
      expect(literal, name).not.toBeNull();
      const depth0Commas = [...literal![1]!].reduce(
        (acc, ch) => {
          if (ch === '(') acc.depth++;
          else if (ch === ')') acc.depth--;
          else if (ch === ',' && acc.depth === 0) acc.commas++;
          return acc;
        },
        { depth: 0, commas: 0 },
      ).commas;
      expect(depth0Commas + 1, name).toBe(counts.length);
    }
  });
});
