import { describe, expect, it } from 'vitest';
import { RecentIds } from './recent-ids.ts';

const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `id-${from + i}`);

describe('RecentIds', () => {
  it('refuses an id it already claimed', () => {
    const recent = new RecentIds(10);
    expect(recent.claim('a')).toBe(true);
    expect(recent.claim('a')).toBe(false);
    expect(recent.claim('b')).toBe(true);
  });

  it('remembers at least the latest half of its capacity, whatever came before', () => {
    const recent = new RecentIds(100);
    for (const id of ids(0, 1_037)) expect(recent.claim(id)).toBe(true);
    for (const id of ids(1_037 - 50, 1_037)) expect(recent.claim(id)).toBe(false);
  });

  it('forgets ids older than its capacity', () => {
    const recent = new RecentIds(100);
    for (const id of ids(0, 1_000)) recent.claim(id);
    expect(recent.claim('id-0')).toBe(true);
    expect(recent.claim('id-899')).toBe(true);
  });

  it('accepts released ids again', () => {
    const recent = new RecentIds(4);
    for (const id of ids(0, 3)) recent.claim(id); // id-0, id-1 in the older generation, id-2 in the newer
    recent.release(['id-0', 'id-2']);
    expect(recent.claim('id-0')).toBe(true);
    expect(recent.claim('id-2')).toBe(true);
    expect(recent.claim('id-1')).toBe(false);
  });
});
