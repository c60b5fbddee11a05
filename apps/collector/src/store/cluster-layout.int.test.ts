import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryFormFunnel } from '../../test/reference/form-funnel.ts';
import { queryMenuItems } from '../../test/reference/menu-items.ts';
import { queryEventsPerDay } from '../api/queries/events-per-day.ts';
import { queryOverviewKpis } from '../api/queries/overview-kpis.ts';
import { queryPages } from '../api/queries/page-metrics.ts';
import { loadConfig } from '../config.ts';
import { insertEvents } from '../ingest/insert-events.ts';
import { archivedInsights } from '../insights/archive/archived-insights.ts';
import { detectInsights } from '../insights/detect-insights.ts';
import { buildComplaintSessions } from '../insights/fixtures/complaint-sessions.ts';
import { prepareAnalystQuery } from '../sql/prepare-query.ts';
import { createStore, type Store } from './create-store.ts';
import { runMigrations } from './migrate.ts';
import { writeOneShardCluster } from './testing/one-shard-cluster.ts';

// The cluster layout run for real in chdb: a one-shard cluster from a `remote_servers` config file,
// the schema rendered for it with plain MergeTree engines in place of the replicated ones (chdb has no
// Keeper), next to the single-node schema in another database of the same engine. The same events go
// into both; the dashboard's queries must answer the same.
const dir = mkdtempSync(join(tmpdir(), 'minwon-ux-cluster-'));
const cluster = createStore({
  mode: 'embedded',
  path: join(dir, 'store'),
  database: 'minwon_ux',
  configFile: writeOneShardCluster(dir, 'minwon'),
  cluster: 'minwon',
});
const single: Store = { client: cluster.client, database: 'single_node', mode: 'embedded', close: async () => {} };
const filters = { site: 'demo', from: '2026-11-02', to: '2026-11-15', device: '' };
let inserted = 0;
let otherRows = 0;

async function rows<T>(store: Store, query: string): Promise<T[]> {
  const result = await store.client.query({ query, format: 'JSONEachRow' });
  return result.json<T>();
}

beforeAll(async () => {
  expect(await runMigrations(cluster, undefined, { replicated: false })).toContain('0002_events');
  expect(await runMigrations(single)).toContain('0002_events');
  const weeks = [
    buildComplaintSessions({ site: 'demo', sessions: 150, seed: 11, startDay: '2026-11-02', days: 7, problems: true }),
    buildComplaintSessions({ site: 'demo', sessions: 150, seed: 12, startDay: '2026-11-09', days: 7, problems: false }),
  ];
  const otherSite = buildComplaintSessions({
    site: 'other',
    sessions: 40,
    seed: 13,
    startDay: '2026-11-02',
    days: 7,
    problems: false,
  });
  weeks.push(otherSite);
  otherRows = otherSite.length;
  inserted = weeks[0]!.length + weeks[1]!.length;
  for (const [i, week] of weeks.entries()) {
    for (const store of [cluster, single]) {
      await insertEvents(store, week, `week-${i}`);
      await insertEvents(store, week, `week-${i}`); // a retried batch: dropped by its deduplication token
    }
  }
});
afterAll(async () => {
  await cluster.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the cluster layout in chdb (one shard, plain engines)', () => {
  it('stores events in events_local under a Distributed events table, and fills the local rollups', async () => {
    const tables = await rows<{ name: string; engine: string }>(
      cluster,
      "SELECT name, engine FROM system.tables WHERE database = 'minwon_ux' AND name IN ('events', 'events_local', 'daily_sessions', 'daily_sessions_local', 'sites') ORDER BY name",
    );
    expect(tables).toEqual([
      { name: 'daily_sessions', engine: 'Distributed' },
      { name: 'daily_sessions_local', engine: 'AggregatingMergeTree' },
      { name: 'events', engine: 'Distributed' },
      { name: 'events_local', engine: 'MergeTree' },
      { name: 'sites', engine: 'ReplacingMergeTree' },
    ]);
    const [counts] = await rows<{ local: string; single: string; rollup: string }>(
      cluster,
      `SELECT (SELECT count() FROM minwon_ux.events_local WHERE site_id = 'demo') AS local,
              (SELECT count() FROM single_node.events WHERE site_id = 'demo') AS single,
              (SELECT count() FROM minwon_ux.daily_sessions_local) AS rollup`,
    );
    expect(Number(counts!.local)).toBe(inserted);
    expect(counts!.local).toBe(counts!.single);
    expect(Number(counts!.rollup)).toBeGreaterThan(0);
  });

  it('answers the overview, events per day, pages, forms and menus as the single node does', async () => {
    for (const query of [queryOverviewKpis, queryEventsPerDay, queryPages, queryFormFunnel, queryMenuItems]) {
      const expected = await query(single, filters);
      expect(JSON.stringify(expected).length, query.name).toBeGreaterThan(50);
      expect(await query(cluster, filters), query.name).toEqual(expected);
    }
  });

  it('finds the same insights as the single node, from the rollups and from the insight archive', async () => {
    const expected = await detectInsights(single, filters);
    expect(expected.length).toBeGreaterThan(0);
    expect(await detectInsights(cluster, filters)).toEqual(expected);
    const archived = await archivedInsights(single, filters);
    expect(archived.insights.length).toBeGreaterThan(0);
    expect((await archivedInsights(cluster, filters)).insights).toEqual(archived.insights);
  });

  it("keeps an analyst's SQL to the caller's sites through the Distributed tables and on the shards", async () => {
    const limits = loadConfig({ DATA_DIR: dir }).sql;
    async function analyst<T>(sql: string): Promise<T[]> {
      const { query } = await prepareAnalystQuery(cluster, {
        sql,
        params: {},
        siteKeys: new Set(['other']),
        limits,
        defaultFormat: 'JSONEachRow',
      });
      return rows<T>(cluster, query.replace(/ FORMAT \w+$/, ''));
    }
    const [own] = await analyst<{ sites: string[]; n: string }>(
      'SELECT groupUniqArray(site_id) AS sites, count() AS n FROM minwon_ux.events',
    );
    expect(own!.sites).toEqual(['other']);
    expect(Number(own!.n)).toBe(otherRows);
    const [rollup] = await analyst<{ sites: string[] }>(
      'SELECT groupUniqArray(site_id) AS sites FROM minwon_ux.daily_site',
    );
    expect(rollup!.sites).toEqual(['other']);
    // An expression that fails on another site's row must never see one, on the shard either.
    await expect(
      analyst("SELECT count() FROM minwon_ux.events WHERE throwIf(site_id = 'demo', 'leak') = 0"),
    ).resolves.toHaveLength(1);
  });
});
