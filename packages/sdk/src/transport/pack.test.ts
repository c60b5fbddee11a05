import { describe, expect, it } from 'vitest';
import { BEACON_BYTES, packBatches } from './pack.ts';

const env = { site: 'demo', sid: 'session-1234' };
const bytes = (s: string) => new TextEncoder().encode(s).length;
const event = (i: number, text = '') => ({
  kind: 'custom',
  name: 'e',
  id: `id-${i}`,
  seq: i,
  t: 1,
  path: '/',
  title: text,
});

describe('packBatches', () => {
  it('builds one valid envelope for a small batch', () => {
    const [body, ...rest] = packBatches(env, [event(0), event(1)], 42, BEACON_BYTES);
    expect(rest).toEqual([]);
    expect(JSON.parse(body!)).toEqual({
      v: 1,
      site: 'demo',
      sid: 'session-1234',
      sentAt: 42,
      events: [event(0), event(1)],
    });
  });

  it('splits under the beacon limit in UTF-8 bytes (Korean is 3 bytes a character), keeping order', () => {
    const events = Array.from({ length: 200 }, (_, i) => event(i, '민원'.repeat(200)));
    const bodies = packBatches(env, events, 1, BEACON_BYTES);
    expect(bodies.length).toBeGreaterThan(1);
    for (const b of bodies) expect(bytes(b)).toBeLessThanOrEqual(BEACON_BYTES);
    expect(bodies.flatMap((b) => JSON.parse(b).events.map((e: { seq: number }) => e.seq))).toEqual(
      events.map((e) => e.seq),
    );
  });

  it('never puts more than 500 events in one batch', () => {
    const bodies = packBatches(
      env,
      Array.from({ length: 1201 }, (_, i) => event(i)),
      1,
      10_000_000,
    );
    expect(bodies.map((b) => JSON.parse(b).events.length)).toEqual([500, 500, 201]);
  });

  it('drops a single event bigger than the limit instead of sending an oversized body', () => {
    const bodies = packBatches(env, [event(0), event(1, 'x'.repeat(5000)), event(2)], 1, 1000);
    expect(bodies.flatMap((b) => JSON.parse(b).events.map((e: { seq: number }) => e.seq))).toEqual([0, 2]);
  });
});
