import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvents } from '../ingest/insert-events.ts';
import { buildComplaintSessions } from '../insights/fixtures/complaint-sessions.ts';
import { startTestCollector, type TestCollector } from '../testing.ts';
import { deleteSite } from './site-store.ts';

let collector: TestCollector;
beforeAll(async () => {
  collector = await startTestCollector({
    sites: [
      { key: 'site-a', name: 'A', origins: ['https://a.example.go.kr'] },
      { key: 'site-b', name: 'B', origins: ['https://b.example.go.kr'] },
    ],
  });
  const store = collector.runtime.store;
  for (const site of ['site-a', 'site-b']) {
    await insertEvents(
      store,
      buildComplaintSessions({ site, sessions: 30, seed: 7, startDay: '2026-11-02', days: 3, problems: true }),
    );
  }
});
afterAll(() => collector.close());

async function rowsPerTable(site: string): Promise<Record<string, number>> {
  const tables = await collector.rows<{ tbl: string }>(
    "SELECT DISTINCT table AS tbl FROM system.columns WHERE database = 'minwon_ux' AND name = 'site_id' AND table IN (SELECT name FROM system.tables WHERE database = 'minwon_ux' AND engine LIKE '%MergeTree')",
  );
  const counts: Record<string, number> = {};
  for (const { tbl: name } of tables) {
    const [row] = await collector.rows<{ n: string }>(
      `SELECT count() AS n FROM minwon_ux.${name} WHERE site_id = {site:String}`,
      { site },
    );
    counts[name] = Number(row?.n ?? 0);
  }
  return counts;
}

describe('deleteSite', () => {
  it("removes the site's rows from events and every rollup, and leaves other sites alone", async () => {
    const before = await rowsPerTable('site-a');
    expect(before.events).toBeGreaterThan(0);
    const filled = Object.entries(before)
      .filter(([, n]) => n > 0)
      .map(([t]) => t);
    expect(filled.length).toBeGreaterThan(3); // events plus the rollups its materialized views fed

    expect(await deleteSite(collector.runtime.store, 'site-a')).toBe(true);

    const after = await rowsPerTable('site-a');
    for (const table of Object.keys(before)) expect(after[table], table).toBe(0);
    const other = await rowsPerTable('site-b');
    for (const table of filled) expect(other[table], table).toBeGreaterThan(0);
  });
});
