import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCollectorEnv } from './bodies.ts';
import { cpuPerRequest, freePort, startChild, stopChild, withPeakRss } from './child.ts';
import { directInsert } from './direct-insert.ts';
import { closedLoop, type LoadResult, openLoop, percentile } from './load.ts';

/**
 * Ingest benchmark, ratios measured in one run (issue 3):
 *   full  — the real collector (`apps/collector/src/server.ts`, spool + writer + embedded ClickHouse)
 *   (a)   — the same Hono stack answering 204 after reading the body
 *   (b)   — direct inserts of the same rows into an embedded store, in spool-sized batches
 * plus each server's CPU per request at the same fixed rate (CPU_RATE), which a busy shared machine
 * disturbs far less than the maximum rates.
 * `node --import tsx bench/ingest/run.ts` (env BENCH_SECONDS, default 5 per phase).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const EVENTS_PER_BATCH = 20;
/** Requests/s both servers can take without queueing: the CPU-per-request phases run at this rate. */
const CPU_RATE = 300;
/** The spool's segment size (SPOOL_BATCH_ROWS default): (b) inserts as the writer does at best. */
const DIRECT_BATCH_ROWS = 20_000;

const ok = (r: LoadResult) => r.byStatus.get(202) ?? r.byStatus.get(204) ?? 0;
const rps = (r: LoadResult) => ok(r) / r.seconds;
const statusText = (r: LoadResult) =>
  [...r.byStatus].map(([s, n]) => `${s}:${n}`).join(' ') + (r.errors ? ` err:${r.errors}` : '');

async function spoolDrained(port: number, timeoutMs = 120_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    if (/^minwon_spool_segments 0$/m.test(text)) return (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('spool did not drain');
}

async function main() {
  const rows: [string, string][] = [];
  // (a) null server
  const nullPort = await freePort();
  const nullServer = await startChild('bench/ingest/null-server.ts', [String(nullPort)], {}, nullPort);
  await closedLoop(nullPort, { seconds: 1 });
  const baseline = await closedLoop(nullPort, { seconds: SECONDS, eventsPerBatch: EVENTS_PER_BATCH });
  const nullCpu = await cpuAtFixedRate(nullServer.pid!, nullPort);
  await stopChild(nullServer);

  // full path
  const dataDir = mkdtempSync(join(tmpdir(), 'minwon-ux-bench-'));
  const port = await freePort();
  const collector = await startChild('apps/collector/src/server.ts', [], benchCollectorEnv(dataDir, port), port);
  const pid = collector.pid!;
  try {
    await closedLoop(port, { seconds: 1 });
    await spoolDrained(port);
    const maxStarted = performance.now();
    const max = await closedLoop(port, { seconds: SECONDS, eventsPerBatch: EVENTS_PER_BATCH });
    const drainSeconds = await spoolDrained(port);
    const endToEndSeconds = (performance.now() - maxStarted) / 1000;
    const maxRps = rps(max);
    const half = await withPeakRss(pid, () => openLoop(port, { rate: maxRps / 2, seconds: SECONDS }));
    await spoolDrained(port);
    const over = await withPeakRss(pid, () => openLoop(port, { rate: maxRps * 2, seconds: SECONDS }));
    await spoolDrained(port);
    const fullCpu = await cpuAtFixedRate(pid, port, () => spoolDrained(port));

    const accepted = ok(max) * EVENTS_PER_BATCH;
    const direct = await directInsertAfter(collector, accepted);
    const fullRowsPerSec = accepted / endToEndSeconds;
    const directRowsPerSec = direct.rows / direct.seconds;
    rows.push(
      ['(a) Hono 204 baseline, requests/s', rps(baseline).toFixed(0)],
      ['full path, requests/s (max, 32 clients)', `${maxRps.toFixed(0)}  [${statusText(max)}]`],
      ['  ratio full / (a)  (goal ≥ 0.5)', (maxRps / rps(baseline)).toFixed(2)],
      ['full path, events/s acknowledged', (accepted / max.seconds).toFixed(0)],
      [
        'full path, events/s into ClickHouse (ack + drain)',
        `${fullRowsPerSec.toFixed(0)}  (drain ${drainSeconds.toFixed(1)} s)`,
      ],
      [
        `(b) direct insert, rows/s (${DIRECT_BATCH_ROWS.toLocaleString('en')}-row batches)`,
        directRowsPerSec.toFixed(0),
      ],
      ['  ratio full / (b)  (goal ≥ 0.5)', (fullRowsPerSec / directRowsPerSec).toFixed(2)],
      [
        `latency at half max (${(maxRps / 2).toFixed(0)} req/s), p50 / p99 ms`,
        `${percentile(half.result.latenciesMs, 50).toFixed(1)} / ${percentile(half.result.latenciesMs, 99).toFixed(1)}  [${statusText(half.result)}]`,
      ],
      ['RSS steady (half max), MiB', half.peakMiB.toFixed(0)],
      [
        `RSS at 2× max (${(maxRps * 2).toFixed(0)} req/s offered), MiB`,
        `${over.peakMiB.toFixed(0)}  [${statusText(over.result)} skipped:${over.result.skipped}]`,
      ],
      ['  ratio overload / steady  (goal ≤ 1.5)', (over.peakMiB / half.peakMiB).toFixed(2)],
      [
        `server CPU per request at ${CPU_RATE} req/s, (a) process / main thread, ms`,
        `${nullCpu.processMs.toFixed(3)} / ${nullCpu.mainMs.toFixed(3)}`,
      ],
      [
        `server CPU per request at ${CPU_RATE} req/s, full process / main thread, ms`,
        `${fullCpu.processMs.toFixed(3)} / ${fullCpu.mainMs.toFixed(3)}  (incl. the drain into ClickHouse)`,
      ],
      [
        '  ratio (a) / full, process / main thread',
        `${(nullCpu.processMs / fullCpu.processMs).toFixed(2)} / ${(nullCpu.mainMs / fullCpu.mainMs).toFixed(2)}`,
      ],
    );
  } finally {
    await stopChild(collector);
    rmSync(dataDir, { recursive: true, force: true });
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(`\ningest benchmark (${SECONDS} s per phase, ${EVENTS_PER_BATCH} events/batch)\n`);
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
}

/** Server CPU per answered request during an open loop at CPU_RATE and `settle` (the collector's drain). */
async function cpuAtFixedRate(pid: number, port: number, settle: () => Promise<unknown> = async () => undefined) {
  const { processMs, mainMs } = await cpuPerRequest(pid, async () => {
    const r = await openLoop(port, { rate: CPU_RATE, seconds: SECONDS, eventsPerBatch: EVENTS_PER_BATCH });
    await settle();
    return { answered: ok(r) };
  });
  return { processMs, mainMs };
}

/** Baseline (b) runs after the collector stopped, so the two embedded stores never compete. */
async function directInsertAfter(collector: import('node:child_process').ChildProcess, rowsWanted: number) {
  await stopChild(collector);
  return directInsert(Math.max(4 * DIRECT_BATCH_ROWS, Math.min(rowsWanted, 300_000)), DIRECT_BATCH_ROWS);
}

await main();
