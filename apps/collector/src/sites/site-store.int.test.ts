import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvents } from '../ingest/insert-events.ts';
import { buildComplaintSessions } from '../insights/fixtures/complaint-sessions.ts';
import { startTestCollector, type TestCollector } from '../testing.ts';
import { deleteSite, upsertSites } from './site-store.ts';

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

describe('upsertSites', () => {
  it('applies a changed retention to the rows already stored, in every table whose TTL uses it', async () => {
    const store = collector.runtime.store;
    const site = { key: 'site-r', name: 'R', origins: ['https://r.example.go.kr'] };
    await upsertSites(store, [site]);
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    const rows = buildComplaintSessions({
      site: 'site-r',
      sessions: 20,
      seed: 3,
      startDay: daysAgo(9),
      days: 8,
      problems: true,
    });
    await insertEvents(
      store,
      rows.map((row) => ({ ...row, retention_days: 365 })),
    );
    const oldest = async () =>
      (
        await collector.rows<{ d: string }>(
          "SELECT toString(min(toDate(ts))) AS d FROM minwon_ux.events WHERE site_id = 'site-r'",
        )
      )[0]!.d;
    expect((await oldest()) < daysAgo(6)).toBe(true); // rows older than the coming retention exist

    await upsertSites(store, [{ ...site, retentionDays: 4 }]);
    for (let i = 0; i < 100; i++) {
      const [pending] = await collector.rows<{ n: string }>(
        "SELECT count() AS n FROM system.mutations WHERE database = 'minwon_ux' AND NOT is_done",
      );
      if (Number(pending!.n) === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const retentionIn = async (table: string) =>
      (
        await collector.rows<{ days: number[] }>(
          `SELECT groupUniqArray(retention_days) AS days FROM minwon_ux.${table} WHERE site_id = 'site-r'`,
        )
      )[0]!.days;
    expect(await retentionIn('events')).toEqual([4]);
    expect(await retentionIn('session_facts')).toEqual([4]);
    expect((await oldest()) >= daysAgo(4)).toBe(true); // rows past the new retention are gone
  });
});
