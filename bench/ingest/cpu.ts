import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCollectorEnv } from './bodies.ts';
import { cpuPerRequest, freePort, startChild, stopChild } from './child.ts';
import { openLoop } from './load.ts';

/**
 * The collector's CPU per request at a fixed rate (whole process and main thread), the drain into
 * ClickHouse included, and the same for baseline (a) — the quick form of `run.ts`'s last rows, for
 * trying a change: `node --import tsx bench/ingest/cpu.ts` (env RATE default 300, BENCH_SECONDS 10).
 */
const RATE = Number(process.env.RATE ?? 300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

async function measure(pid: number, port: number, settle: () => Promise<unknown>) {
  await openLoop(port, { rate: RATE, seconds: 2 });
  await settle();
  return cpuPerRequest(pid, async () => {
    const r = await openLoop(port, { rate: RATE, seconds: SECONDS });
    await settle();
    return { answered: (r.byStatus.get(202) ?? 0) + (r.byStatus.get(204) ?? 0) };
  });
}

async function spoolDrained(port: number) {
  for (;;) {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    if (/^minwon_spool_segments 0$/m.test(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const nullPort = await freePort();
const nullServer = await startChild('bench/ingest/null-server.ts', [String(nullPort)], {}, nullPort);
const baseline = await measure(nullServer.pid!, nullPort, async () => undefined);
await stopChild(nullServer);

const dataDir = mkdtempSync(join(tmpdir(), 'minwon-ux-bench-'));
const port = await freePort();
const collector = await startChild('apps/collector/src/server.ts', [], benchCollectorEnv(dataDir, port), port);
try {
  const full = await measure(collector.pid!, port, () => spoolDrained(port));
  const ms = (r: { processMs: number; mainMs: number }) => `${r.processMs.toFixed(3)} / ${r.mainMs.toFixed(3)}`;
  process.stdout.write(`CPU per request at ${RATE} req/s, process / main thread, ms\n`);
  process.stdout.write(`  (a) baseline  ${ms(baseline)}\n  full path     ${ms(full)}\n`);
} finally {
  await stopChild(collector);
  rmSync(dataDir, { recursive: true, force: true });
}
