/**
 * Dashboard query benchmark: 10 M synthetic events in the embedded store, time and rows read per
 * dashboard page against a full-scan baseline measured in the same run.
 *
 *   node --import tsx bench/dashboard/run.ts            # 10 000 000 events, fresh store
 *   BENCH_EVENTS=500000 node --import tsx bench/dashboard/run.ts
 *   BENCH_DIR=/tmp/b BENCH_PROFILE=1 node --import tsx bench/dashboard/run.ts   # keep the store; time each query
 *   BENCH_PAGES=insights,forms …                        # only these pages
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { archivedInsights, type QueryFilters } from '@minwon-ux/collector/internals';
import { BENCH_START, loadBenchStore } from './load-store.ts';
import { measureStore, type QueryStat } from './measured-store.ts';
import { DASHBOARD_PAGES } from './pages.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000_000);
const KEEP = process.env.BENCH_DIR;
const PROFILE = process.env.BENCH_PROFILE === '1';
const PAGES = process.env.BENCH_PAGES?.split(',') ?? Object.keys(DASHBOARD_PAGES);
const RUNS = 3;
const out = (line = '') => process.stdout.write(`${line}\n`);

const dir = KEEP ?? mkdtempSync(join(tmpdir(), 'minwon-ux-bench-'));
if (KEEP) mkdirSync(KEEP, { recursive: true });
const store = await loadBenchStore(dir, EVENTS, out);
try {
  const { store: measured, take } = measureStore(store);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  async function time(fn: () => Promise<unknown>) {
    await fn();
    take(); // warm-up run
    const runs: QueryStat[][] = [];
    for (let i = 0; i < RUNS; i++) {
      await fn();
      runs.push(take());
    }
    const totals = runs.map((r) => r.reduce((s, q) => s + q.ms, 0));
    const perQuery = runs[0]!.map((q, i) => ({ sql: q.sql, ms: median(runs.map((r) => r[i]?.ms ?? 0)) }));
    return {
      ms: median(totals),
      readRows: runs[0]!.reduce((s, q) => s + q.readRows, 0),
      queries: runs[0]!.length,
      perQuery,
    };
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
    { label: '180 days, 1 site', filters: { site: 'site-0', from: BENCH_START, to: '2026-10-27', device: '' } },
  ];
  out();
  out(
    `table rows: ${Number(tableRows).toLocaleString('en')}; full-scan baseline: ${baseline.ms.toFixed(0)} ms, ${baseline.readRows.toLocaleString('en')} rows read (estimated)`,
  );
  out();
  out('| window | page | queries | time (ms) | ÷ full scan | rows read (est.) | ÷ table rows | goal (<1 s, ≤0.1) |');
  out('|---|---|---:|---:|---:|---:|---:|---|');
  const profile: string[] = [];
  for (const w of windows) {
    for (const page of PAGES) {
      const fn = DASHBOARD_PAGES[page]!;
      const r = await time(() => fn(measured, w.filters));
      const ratio = r.ms / baseline.ms;
      const ok = r.ms < 1000 && ratio <= 0.1 ? 'met' : 'MISSED';
      out(
        `| ${w.label} | ${page} | ${r.queries} | ${r.ms.toFixed(1)} | ${ratio.toFixed(3)} | ${r.readRows.toLocaleString('en')} | ${(r.readRows / Number(tableRows)).toFixed(4)} | ${ok} |`,
      );
      for (const q of r.perQuery)
        profile.push(`${w.label} | ${page} | ${q.ms.toFixed(1).padStart(7)} ms | ${nameQuery(q.sql)}`);
    }
  }
  if (PAGES.includes('insights')) await timeArchiveRuns(windows, baseline.ms);
  if (PROFILE) {
    out();
    for (const line of profile) out(line);
  }

  /**
   * The insights page when it checks the archive state (its table row above is the page between two
   * checks, which run at most once per MINWON_INSIGHTS_MAX_AGE_SECONDS per site): nothing changed;
   * one day changed; every day of the window and its look-back archived from nothing.
   */
  async function timeArchiveRuns(windows: { label: string; filters: QueryFilters }[], fullScanMs: number) {
    const alwaysCheck = 0;
    const row = (w: { label: string }, when: string, days: number | string, ms: number) =>
      out(`| ${w.label} | ${when} | ${days} | ${ms.toFixed(0)} | ${(ms / fullScanMs).toFixed(3)} |`);
    out();
    out('| window | insights page when | archived days | time (ms) | ÷ full scan |');
    out('|---|---|---:|---:|---:|');
    for (const w of windows) {
      const page = () => archivedInsights(store, w.filters, undefined, alwaysCheck);
      await page();
      const checks: number[] = [];
      for (let i = 0; i < 3; i++) checks.push(await wallTime(page));
      row(w, 'state checked, nothing changed', 0, checks.sort((a, b) => a - b)[1]!);
      await store.client.command({
        query: 'ALTER TABLE minwon_ux.insight_archive_days DELETE WHERE day = {to:Date}',
        query_params: { to: w.filters.to },
        clickhouse_settings: { mutations_sync: '1' },
      });
      row(w, 'state checked, one day changed', 1, await wallTime(page));
      for (const table of ['insight_archive_days', 'daily_insight_inputs'])
        await store.client.command({ query: `TRUNCATE TABLE minwon_ux.${table}` });
      const cold = await wallTime(page);
      const [{ n: days }] = (await (
        await store.client.query({
          query: 'SELECT uniqExact(day) AS n FROM minwon_ux.insight_archive_days',
          format: 'JSONEachRow',
        })
      ).json()) as [{ n: string }];
      row(w, 'every day is new', days, cold);
    }
  }
} finally {
  await store.close();
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
}

async function wallTime(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** A query's first words after SELECT and its first table, to tell queries apart in the profile. */
function nameQuery(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  const table = flat.match(/minwon_ux\.(\w+)/)?.[1] ?? '?';
  return `${table}: ${flat.slice(0, 70)}`;
}
