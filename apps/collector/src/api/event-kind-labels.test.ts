import { EVENT_KIND_LABELS } from '@minwon-ux/api-contract';
import { EVENT_KINDS } from '@minwon-ux/schema';
import { describe, expect, it } from 'vitest';

describe('event kinds in charts', () => {
  it('every stored kind has a readable name in both languages, and no name is used twice', () => {
    for (const kind of EVENT_KINDS) {
      expect(EVENT_KIND_LABELS[kind]?.ko, kind).toMatch(/\S/);
      expect(EVENT_KIND_LABELS[kind]?.en, kind).toMatch(/\S/);
      expect(EVENT_KIND_LABELS[kind]!.ko).not.toContain('_');
    }
    const names = Object.values(EVENT_KIND_LABELS).map((l) => l.ko);
    expect(new Set(names).size).toBe(names.length);
  });
});
