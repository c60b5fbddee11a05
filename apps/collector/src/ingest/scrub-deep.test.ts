import { describe, expect, it } from 'vitest';
import { scrubDeep } from './scrub-deep.ts';

describe('scrubDeep', () => {
  it('scrubs values and keys at every depth', () => {
    const chunk = [
      { type: 3, data: { text: '연락처 010-1234-5678', attributes: { 'data-hong@example.com': 'x', class: 'krds' } } },
    ];
    expect(scrubDeep(chunk)).toEqual([
      { type: 3, data: { text: '연락처 [PHONE]', attributes: { '[EMAIL]': 'x', class: 'krds' } } },
    ]);
  });

  it('keeps a __proto__ key as data, never as a prototype', () => {
    const scrubbed = scrubDeep(JSON.parse('{"__proto__":{"polluted":true},"a":1}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(scrubbed)).toBe(Object.prototype);
    expect(Object.keys(scrubbed)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
