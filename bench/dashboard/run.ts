/**
 * Dashboard query benchmark: 10 M synthetic events in the embedded store, time and rows read per
 * dashboard page against a full-scan baseline measured in the same run.
 *
 *   node --import tsx bench/dashboard/run.ts            # 10 000 000 events
 *   BENCH_EVENTS=500000 node --import tsx bench/dashboard/run.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, loadConfig, runMigrations } from '@minwon-ux/collector';
import { generateEvents } from './generate.ts';
import { measureStore, type QueryStat } from './measured-store.ts';
import { DASHBOARD_PAGES } from './pages.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000_000);
const SITES = ['site-0', 'site-1', 'site-2', 'site-3'];
const START = '2026-05-01';
const DAYS = 180;
const RUNS = 3;
const out = (line = '') => process.stdout.write(`${line}\n`);

const dir = mkdtempSync(join(tmpdir(), 'minwon-ux-bench-'));
const store = createStore(loadConfig({ DATA_DIR: dir }).clickhouse);
try {
  await runMigrations(store);
  out(`generating ${EVENTS.toLocaleString('en')} events over ${SITES.length} sites × ${DAYS} days…`);
  const t0 = performance.now();
  await generateEvents(store, {
    events: EVENTS,
    sites: SITES,
    startDay: START,
    days: DAYS,
    onProgress: (n) =>
      process.stdout.write(`\r  ${((n / EVENTS) * 100).toFixed(1).padStart(5)} %  ${n.toLocaleString('en')} rows`),
  });
  const secs = (performance.now() - t0) / 1000;
  out(`\n  inserted in ${secs.toFixed(1)} s (day 0 through JSONEachRow, days 1+ by INSERT … SELECT; rollup views on)`);

  const t1 = performance.now();
  for (const table of [
    'events',
    'daily_site',
    'daily_pages',
    'daily_fields',
    'daily_field_errors',
    'daily_forms',
    'daily_menus',
    'daily_click_spots',
    'session_facts',
  ]) {
    await store.client.command({ query: `OPTIMIZE TABLE minwon_ux.${table} FINAL` });
  }
  out(
    `  merged parts (OPTIMIZE … FINAL, the steady state background merges reach) in ${((performance.now() - t1) / 1000).toFixed(1)} s`,
  );

  const { store: measured, take } = measureStore(store);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  async function time(fn: () => Promise<unknown>): Promise<{ ms: number; readRows: number; queries: number }> {
    await fn();
    take(); // warm-up run
    const runs: QueryStat[][] = [];
    for (let i = 0; i < RUNS; i++) {
      await fn();
      runs.push(take());
    }
    const totals = runs.map((r) => r.reduce((s, q) => s + q.ms, 0));
    return { ms: median(totals), readRows: runs[0]!.reduce((s, q) => s + q.readRows, 0), queries: runs[0]!.length };
  }

  const [{ n: tableRows }] = (await (
    await store.client.query({ query: 'SELECT count() AS n FROM minwon_ux.events', format: 'JSONEachRow' })
  ).json()) as [{ n: string }];
  const FULL_SCAN = `SELECT kind, count() AS n, uniq(session_id) AS sessions, sum(duration_ms) AS d, sum(engaged_ms) AS e,
    max(length(path)) AS p FROM minwon_ux.events WHERE site_id != {none:String} GROUP BY kind`;
  const baseline = await time(() =>
    measured.client.query({ query: FULL_SCAN, query_params: { none: '-' }, format: 'JSONEachRow' }),
  );

  const windows = [
    { label: '30 days, 1 site', filters: { site: 'site-0', from: '2026-09-28', to: '2026-10-27', device: '' } },
    { label: '180 days, 1 site', filters: { site: 'site-0', from: START, to: '2026-10-27', device: '' } },
  ];
  out();
  out(
    `table rows: ${Number(tableRows).toLocaleString('en')}; full-scan baseline: ${baseline.ms.toFixed(0)} ms, ${baseline.readRows.toLocaleString('en')} rows read (estimated)`,
  );
  out();
  out('| window | page | queries | time (ms) | ÷ full scan | rows read (est.) | ÷ table rows | goal (<1 s, ≤0.1) |');
  out('|---|---|---:|---:|---:|---:|---:|---|');
  for (const w of windows) {
    for (const [page, fn] of Object.entries(DASHBOARD_PAGES)) {
      const r = await time(() => fn(measured, w.filters));
      const ratio = r.ms / baseline.ms;
      const ok = r.ms < 1000 && ratio <= 0.1 ? 'met' : 'MISSED';
      out(
        `| ${w.label} | ${page} | ${r.queries} | ${r.ms.toFixed(1)} | ${ratio.toFixed(3)} | ${r.readRows.toLocaleString('en')} | ${(r.readRows / Number(tableRows)).toFixed(4)} | ${ok} |`,
      );
    }
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
