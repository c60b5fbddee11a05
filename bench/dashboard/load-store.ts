import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStore, loadConfig, runMigrations, type Store } from '@minwon-ux/collector';
import { loadBenchChrome } from './chrome.ts';
import { generateEvents } from './generate.ts';

export const BENCH_SITES = ['site-0', 'site-1', 'site-2', 'site-3'];
export const BENCH_START = '2026-05-01';
export const BENCH_DAYS = 180;

/**
 * Opens the bench store in `dir`, migrates it and, unless `dir` already holds a loaded dataset (a
 * `bench-loaded` marker written after a complete load), fills it with `events` synthetic events and
 * merges every MergeTree table's parts (also when a migration was just applied to a kept store). Logs progress through `out`.
 *
 * @example
 * const store = await loadBenchStore('/tmp/bench', 10_000_000, (l) => console.error(l));
 */
export async function loadBenchStore(dir: string, events: number, out: (line: string) => void): Promise<Store> {
  const store = createStore(loadConfig({ DATA_DIR: dir }).clickhouse);
  const applied = await runMigrations(store);
  const marker = join(dir, 'bench-loaded');
  if (existsSync(marker)) {
    // A migration applied to a kept store backfills into parts of its own: merge them, as a load does.
    if (applied.length > 0) await mergeAll(store, out);
    await loadBenchChrome(store, BENCH_START, out);
    return store;
  }
  out(`generating ${events.toLocaleString('en')} events over ${BENCH_SITES.length} sites × ${BENCH_DAYS} days…`);
  const t0 = performance.now();
  await generateEvents(store, {
    events,
    sites: BENCH_SITES,
    startDay: BENCH_START,
    days: BENCH_DAYS,
    onProgress: (n) =>
      process.stdout.write(`\r  ${((n / events) * 100).toFixed(1).padStart(5)} %  ${n.toLocaleString('en')} rows`),
  });
  const secs = (performance.now() - t0) / 1000;
  out(`\n  inserted in ${secs.toFixed(1)} s (day 0 through JSONEachRow, days 1+ by INSERT … SELECT; rollup views on)`);
  await mergeAll(store, out);
  await loadBenchChrome(store, BENCH_START, out);
  writeFileSync(marker, `${events}\n`);
  return store;
}

/** OPTIMIZE … FINAL on every MergeTree table: the steady state background merges reach. */
async function mergeAll(store: Store, out: (line: string) => void): Promise<void> {
  const t1 = performance.now();
  for (const table of await listMergeTrees(store)) {
    await store.client.command({ query: `OPTIMIZE TABLE ${store.database}.${table} FINAL` });
  }
  out(
    `  merged parts (OPTIMIZE … FINAL, the steady state background merges reach) in ${((performance.now() - t1) / 1000).toFixed(1)} s`,
  );
}

/** Every MergeTree table of the schema (events and the rollups), merged before timing. */
async function listMergeTrees(store: Store): Promise<string[]> {
  const result = await store.client.query({
    query: `SELECT name FROM system.tables WHERE database = {db:String} AND engine LIKE '%MergeTree' ORDER BY name`,
    query_params: { db: store.database },
    format: 'JSONEachRow',
  });
  return (await result.json<{ name: string }>()).map((r) => r.name);
}
