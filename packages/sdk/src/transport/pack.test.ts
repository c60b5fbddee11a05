import { describe, expect, it } from 'vitest';
import { BEACON_BYTES, packBatches, type QueuedEvent } from './pack.ts';

const SID = 'session-1234';
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
const queued = (events: unknown[], sid = SID): QueuedEvent[] => events.map((e) => ({ sid, e }));
const seqs = (bodies: [string, string][]) =>
  bodies.flatMap(([, b]) => JSON.parse(b).events.map((e: { seq: number }) => e.seq));

describe('packBatches', () => {
  it('builds one valid envelope for a small batch', () => {
    const [batch, ...rest] = packBatches('demo', queued([event(0), event(1)]), 42);
    expect(rest).toEqual([]);
    expect(batch![0]).toBe(SID);
    expect(JSON.parse(batch![1])).toEqual({ v: 1, site: 'demo', sid: SID, sentAt: 42, events: [event(0), event(1)] });
  });

  it('one body per session, events in queue order within each', () => {
    const items = [...queued([event(0)], 'old'), ...queued([event(1), event(2)]), ...queued([event(3)], 'old')];
    const bodies = packBatches('demo', items, 1);
    expect(
      bodies.map(([sid, b]) => [sid, JSON.parse(b).sid, JSON.parse(b).events.map((e: { seq: number }) => e.seq)]),
    ).toEqual([
      ['old', 'old', [0, 3]],
      [SID, SID, [1, 2]],
    ]);
  });

  it('splits under the beacon limit in UTF-8 bytes (Korean is 3 bytes a character), keeping order', () => {
    const events = Array.from({ length: 200 }, (_, i) => event(i, '민원'.repeat(200)));
    const bodies = packBatches('demo', queued(events), 1, BEACON_BYTES);
    expect(bodies.length).toBeGreaterThan(1);
    for (const [, b] of bodies) expect(bytes(b)).toBeLessThanOrEqual(BEACON_BYTES);
    expect(seqs(bodies)).toEqual(events.map((e) => e.seq));
  });

  it('never puts more than 500 events in one batch', () => {
    const bodies = packBatches('demo', queued(Array.from({ length: 1201 }, (_, i) => event(i))), 1, 10_000_000);
    expect(bodies.map(([, b]) => JSON.parse(b).events.length)).toEqual([500, 500, 201]);
  });

  it('drops a single event bigger than the limit instead of sending an oversized body', () => {
    const bodies = packBatches('demo', queued([event(0), event(1, 'x'.repeat(5000)), event(2)]), 1, 1000);
    expect(seqs(bodies)).toEqual([0, 2]);
  });
});
