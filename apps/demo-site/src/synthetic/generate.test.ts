import { batchEnvelopeSchema, eventSchema, parseBatch, type WireEvent } from '@minwon-ux/schema';
import { describe, expect, it } from 'vitest';
import { generateSyntheticBatches, type SyntheticBatch } from './generate.ts';

const END = '2026-11-29T00:00:00Z';
const END_MS = Date.parse(END);
const DAY = 86_400_000;

const collect = (options: Parameters<typeof generateSyntheticBatches>[0]): SyntheticBatch[] => [
  ...generateSyntheticBatches(options),
];

describe('generateSyntheticBatches', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = collect({ sessions: 60, days: 7, end: END, seed: 7 });
    const b = collect({ sessions: 60, days: 7, end: END, seed: 7 });
    const c = collect({ sessions: 60, days: 7, end: END, seed: 8 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it('yields batches that the wire contract accepts in full', () => {
    let events = 0;
    for (const { batch } of generateSyntheticBatches({
      sessions: 400,
      days: 14,
      end: END,
      seed: 3,
      fixedAt: { 'phone-hyphen': '2026-11-22' },
    })) {
      expect(batchEnvelopeSchema.safeParse(batch).success).toBe(true);
      const parsed = parseBatch(JSON.parse(JSON.stringify(batch)));
      expect(parsed.ok && parsed.rejected).toEqual([]);
      for (const event of batch.events) expect(eventSchema.safeParse(event).success).toBe(true);
      events += batch.events.length;
    }
    expect(events).toBeGreaterThan(400 * 10);
  });

  it('spreads sessions over the window in start order, with ordered events inside each session', () => {
    const batches = collect({ sessions: 300, days: 10, end: END, seed: 4 });
    let lastStart = 0;
    const seen = new Map<string, number>();
    for (const { batch } of batches) {
      const first = batch.events[0]!;
      if (!seen.has(batch.sid)) {
        expect(first.t).toBeGreaterThanOrEqual(lastStart);
        lastStart = first.t;
        seen.set(batch.sid, -1);
      }
      for (const event of batch.events) {
        expect(event.t).toBeGreaterThanOrEqual(END_MS - 10 * DAY);
        expect(event.t).toBeLessThan(END_MS + DAY);
        expect(event.seq).toBe(seen.get(batch.sid)! + 1);
        seen.set(batch.sid, event.seq);
      }
    }
    expect(seen.size).toBe(300);
  });

  it('reports progress and returns the totals', () => {
    const calls: number[] = [];
    const gen = generateSyntheticBatches({
      sessions: 120,
      days: 3,
      end: END,
      progressEvery: 50,
      onProgress: (p) => calls.push(p.sessions),
    });
    let step = gen.next();
    let batches = 0;
    while (!step.done) {
      batches++;
      step = gen.next();
    }
    expect(calls).toEqual([50, 100, 120]);
    expect(step.value).toMatchObject({ sessions: 120, totalSessions: 120, batches });
  });

  it('shows each problem before its fix and much less after it', () => {
    const fixAt = END_MS - 14 * DAY;
    const before = new Stats();
    const after = new Stats();
    for (const { batch } of generateSyntheticBatches({
      sessions: 3000,
      days: 28,
      end: END,
      seed: 11,
      fixedAt: { 'menu-label': fixAt, 'phone-hyphen': fixAt, 'date-format': fixAt, 'attach-step': fixAt },
    })) {
      const stats = batch.events[0]!.t < fixAt ? before : after;
      for (const event of batch.events) stats.add(batch.sid, event);
    }
    // Each rate is per session that reached the place where the problem lives.
    const phone = [before.rate('step1', 'phoneError'), after.rate('step1', 'phoneError')];
    const date = [before.rate('step2', 'dateError'), after.rate('step2', 'dateError')];
    const attach = [before.rate('step3', 'attachAbandon'), after.rate('step3', 'attachAbandon')];
    const hunting = [before.rate('home', 'wrongMenuBack'), after.rate('home', 'wrongMenuBack')];
    const search = [before.rate('menuUser', 'searchAfterMenu'), after.rate('menuUser', 'searchAfterMenu')];
    for (const [was, now] of [phone, date, attach, hunting, search]) {
      expect(was).toBeGreaterThan(0.1);
      expect(now).toBeLessThan(was! / 3);
    }
  });
});

/** Per-session facts, counted once per session. */
class Stats {
  private readonly facts = new Map<string, Set<string>>();
  private lastMenuAt = new Map<string, number>();

  add(sid: string, e: WireEvent): void {
    const f = this.facts.get(sid) ?? new Set<string>();
    this.facts.set(sid, f);
    if (e.kind === 'page_view' && e.path === '/') f.add('home');
    if (e.kind === 'step_view') f.add(`step${e.step}`);
    if (e.kind === 'input_error' && e.fieldId === 'phone' && !f.has('step2')) f.add('phoneError');
    if (e.kind === 'input_error' && e.fieldId === 'moveInDate') f.add('dateError');
    if (e.kind === 'form_abandon' && e.path === '/apply/move-in/3') f.add('attachAbandon');
    if (e.kind === 'quick_back' && e.path === '/services/moving-support') f.add('wrongMenuBack');
    if (e.kind === 'menu_open' || e.kind === 'menu_click') {
      f.add('menuUser');
      this.lastMenuAt.set(sid, e.t);
    }
    if (e.kind === 'site_search' && e.t - (this.lastMenuAt.get(sid) ?? -Infinity) < 60_000) f.add('searchAfterMenu');
  }

  rate(base: string, fact: string): number {
    let n = 0;
    let k = 0;
    for (const f of this.facts.values()) {
      if (!f.has(base)) continue;
      n++;
      if (f.has(fact)) k++;
    }
    return n === 0 ? 0 : k / n;
  }
}
