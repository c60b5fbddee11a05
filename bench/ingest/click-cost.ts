import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, runMigrations, toEventRows } from '@minwon-ux/collector';
import { describeUserAgent, encodeRecord } from '@minwon-ux/collector/internals';
import { parseBatch } from '@minwon-ux/schema';
import { BENCH_SITE, BENCH_USER_AGENT, benchEvents } from './bodies.ts';

/**
 * The ingest cost of click-map events (issue 18) against the bench's usual mix (page views, menu
 * clicks, input errors), both measured in this run: main-thread µs per event (validate, scrub and map,
 * encode for the spool) and ClickHouse insert time per row into the embedded store with every rollup
 * view on (the click rows also feed daily_element_clicks). Alternating rounds, the first a warm-up.
 * `flock /tmp/minwon-bench.lock nice -n -15 node --import tsx bench/ingest/click-cost.ts`
 */
const ROUNDS = Number(process.env.ROUNDS ?? 4);
const BATCHES = 500;
const STORE_ROWS = 20_000;
const KEYS = ['#apply', 'button:다음 단계', '@key=guide', '#content>div:2>p', 'a:민원 신청', 'input[name=phone]'];

function clickEvents(count: number, now = Date.now()): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    seq: i,
    t: now - 1000 + i,
    path: '/apply/step2?page=2&name=홍길동',
    kind: 'click',
    key: KEYS[i % KEYS.length],
    ...(i < 3 ? { label: '신청하기' } : {}),
    sx: i % 10,
    sy: (i * 7) % 10,
    depth: (i * 13) % 101,
  }));
}

const site = { ...BENCH_SITE, retentionDays: 365 } as never;
const context = (sid: string) => ({
  site,
  sessionId: sid,
  visitorId: '1',
  receivedAt: Date.now(),
  skewMs: 0,
  client: describeUserAgent(BENCH_USER_AGENT),
});
const body = (events: Record<string, unknown>[], i: number) =>
  JSON.stringify({ v: 1, site: BENCH_SITE.key, sid: `bench-session-${i}`, sentAt: Date.now(), events });

/** Main-thread µs per event: JSON.parse, parseBatch, toEventRows, encodeRecord. */
function mainThread(make: (n: number) => Record<string, unknown>[]): number {
  const bodies = Array.from({ length: BATCHES }, (_, i) => body(make(20), i));
  const started = performance.now();
  for (const [i, text] of bodies.entries()) {
    const parsed = parseBatch(JSON.parse(text));
    if (!parsed.ok) throw new Error(parsed.reason);
    encodeRecord({ table: 'e', rows: toEventRows(parsed.events, context(`s${i % 50}`)) });
  }
  return ((performance.now() - started) * 1000) / (BATCHES * 20);
}

const dir = mkdtempSync(join(tmpdir(), 'minwon-ux-click-cost-'));
const store = createStore({ mode: 'embedded', path: join(dir, 'store'), database: 'minwon_ux' });
await runMigrations(store);

/** Insert µs per row of STORE_ROWS rows made from `make`'s events (all migrations' views on). */
async function insertRows(make: (n: number) => Record<string, unknown>[]): Promise<number> {
  const rows = [];
  for (let i = 0; rows.length < STORE_ROWS; i++) {
    const parsed = parseBatch(JSON.parse(body(make(20), i)));
    if (!parsed.ok) throw new Error(parsed.reason);
    rows.push(...toEventRows(parsed.events, context(`s${i % 500}`)));
  }
  const started = performance.now();
  await store.client.insert({ table: 'minwon_ux.events', values: rows, format: 'JSONEachRow' });
  return ((performance.now() - started) * 1000) / rows.length;
}

const results: Record<string, number[]> = { mainMix: [], mainClick: [], storeMix: [], storeClick: [] };
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? (['mix', 'click'] as const) : (['click', 'mix'] as const);
  for (const which of order) {
    const make = which === 'mix' ? (n: number) => benchEvents(n) : clickEvents;
    const main = mainThread(make);
    const insert = await insertRows(make);
    if (round === 0) continue;
    results[which === 'mix' ? 'mainMix' : 'mainClick']!.push(main);
    results[which === 'mix' ? 'storeMix' : 'storeClick']!.push(insert);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const line = (name: string, mix: number[], click: number[]) =>
  `${name.padEnd(34)} mix ${median(mix).toFixed(2).padStart(7)} µs  click ${median(click).toFixed(2).padStart(7)} µs  ratio ${(median(click) / median(mix)).toFixed(2)}\n`;
process.stdout.write(line('main thread per event', results.mainMix!, results.mainClick!));
process.stdout.write(line('ClickHouse insert per row (views)', results.storeMix!, results.storeClick!));
await store.close();
rmSync(dir, { recursive: true, force: true });
