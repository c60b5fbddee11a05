import { toEventRows } from '@minwon-ux/collector';
import {
  assertNestingDepth,
  describeUserAgent,
  encodeRecord,
  RecentIds,
  toWellFormedJson,
  VisitorHasher,
} from '@minwon-ux/collector/internals';
import { parseBatch } from '@minwon-ux/schema';
import { BENCH_SITE, BENCH_USER_AGENT, benchBody } from './bodies.ts';

/**
 * Microseconds per 20-event request for each main-thread stage of `POST /v1/events` after the body
 * is read (no HTTP, no fsync): `node --import tsx bench/ingest/stages.ts`.
 */
const N = Number(process.env.STAGE_REQUESTS ?? 3000);
const site = { ...BENCH_SITE, retentionDays: 365 } as never;
const bodies = Array.from({ length: N }, (_, i) => new TextEncoder().encode(benchBody(20, i % 1000)));
const utf8 = new TextDecoder('utf-8', { fatal: true });
const recent = new RecentIds(100_000);
const visitors = new VisitorHasher();

const totals = new Map<string, number>();
function time<T>(name: string, work: () => T): T {
  const started = performance.now();
  const result = work();
  totals.set(name, (totals.get(name) ?? 0) + performance.now() - started);
  return result;
}

for (let round = 0; round < 2; round++) {
  totals.clear();
  for (const bytes of bodies) {
    const text = time('decode utf-8', () => utf8.decode(bytes));
    const value = time('JSON.parse', () => JSON.parse(text));
    time('nesting + surrogates', () => {
      assertNestingDepth(value, 8);
      return toWellFormedJson(text, value);
    });
    const parsed = time('parseBatch (zod)', () => parseBatch(value));
    if (!parsed.ok) throw new Error(parsed.reason);
    const { envelope, events } = parsed;
    time('recent ids', () => events.filter((e) => recent.claim(e.id)));
    const context = time('visitor id + user agent', () => ({
      site,
      sessionId: envelope.sid,
      visitorId: visitors.visitorId('bench', '127.0.0.1', BENCH_USER_AGENT),
      receivedAt: Date.now(),
      skewMs: 0,
      client: describeUserAgent(BENCH_USER_AGENT),
    }));
    const rows = time('toEventRows (scrub, map)', () => toEventRows(events, context));
    time('encodeRecord', () => encodeRecord({ table: 'e', rows }));
  }
}
let sum = 0;
for (const [name, ms] of totals) {
  sum += ms;
  process.stdout.write(`${name.padEnd(28)} ${((ms * 1000) / N).toFixed(1).padStart(7)} µs/request\n`);
}
process.stdout.write(`${'total'.padEnd(28)} ${((sum * 1000) / N).toFixed(1).padStart(7)} µs/request\n`);
