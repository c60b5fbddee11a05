import { describe, expect, it } from 'vitest';
import { assertNestingDepth } from './json-guards.ts';

const nested = (levels: number): unknown => (levels === 0 ? 1 : { a: [nested(levels - 2)] });

describe('assertNestingDepth', () => {
  it('accepts values nested exactly to the limit and refuses one level more', () => {
    expect(() => assertNestingDepth(nested(8), 8)).not.toThrow();
    expect(() => assertNestingDepth(nested(10), 8)).toThrow(expect.objectContaining({ code: 'nesting_too_deep' }));
    expect(() => assertNestingDepth([[[[]]]], 4)).not.toThrow();
    expect(() => assertNestingDepth([[[[[]]]]], 4)).toThrow();
  });

  it('walks a depth bomb no deeper than the limit', () => {
    const bomb = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(() => assertNestingDepth(bomb, 8)).toThrow(expect.objectContaining({ status: 400 }));
  });

  it('ignores scalars and strings that only look nested', () => {
    expect(() => assertNestingDepth({ text: '[[[[[[[[[[[[' }, 2)).not.toThrow();
    expect(() => assertNestingDepth('plain', 0)).not.toThrow();
  });
});
