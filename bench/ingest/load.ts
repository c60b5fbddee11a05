import { Agent, request } from 'node:http';
import { BENCH_ORIGIN, BENCH_USER_AGENT, benchBody } from './bodies.ts';

export interface LoadResult {
  sent: number;
  byStatus: Map<number, number>;
  errors: number;
  latenciesMs: number[];
  seconds: number;
  /** Open loop only: sends skipped because the client's own in-flight cap was reached. */
  skipped: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 512 });

function post(port: number, body: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/v1/events',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'text/plain',
          origin: BENCH_ORIGIN,
          'user-agent': BENCH_USER_AGENT,
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

function newResult(): LoadResult {
  return { sent: 0, byStatus: new Map(), errors: 0, latenciesMs: [], seconds: 0, skipped: 0 };
}

async function timedPost(port: number, eventsPerBatch: number, result: LoadResult, session: number) {
  const body = benchBody(eventsPerBatch, session);
  const started = performance.now();
  result.sent += 1;
  const status = await post(port, body);
  result.latenciesMs.push(performance.now() - started);
  if (status === 0) result.errors += 1;
  else result.byStatus.set(status, (result.byStatus.get(status) ?? 0) + 1);
}

/** Closed loop: `concurrency` clients posting back to back for `seconds`: the maximum rate. */
export async function closedLoop(port: number, { concurrency = 32, seconds = 5, eventsPerBatch = 20 } = {}) {
  const result = newResult();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < deadline) await timedPost(port, eventsPerBatch, result, worker);
    }),
  );
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/** Open loop: `rate` requests/s on a fixed schedule for `seconds`, whatever the answers take. */
export async function openLoop(
  port: number,
  {
    rate,
    seconds = 5,
    eventsPerBatch = 20,
    maxInflight = 4000,
  }: { rate: number; seconds?: number; eventsPerBatch?: number; maxInflight?: number },
) {
  const result = newResult();
  const started = performance.now();
  const pending = new Set<Promise<void>>();
  let due = 0;
  while (performance.now() - started < seconds * 1000) {
    const shouldHaveSent = Math.floor(((performance.now() - started) / 1000) * rate);
    while (due < shouldHaveSent) {
      due += 1;
      if (pending.size >= maxInflight) {
        result.skipped += 1;
        continue;
      }
      const p: Promise<void> = timedPost(port, eventsPerBatch, result, due % 1000).finally(() => pending.delete(p));
      pending.add(p);
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  await Promise.all(pending);
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
