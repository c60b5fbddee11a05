import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from './create-store.ts';
import { renderSchema } from './ddl/render-schema.ts';

// Every migration file — also the ones added after this test was written — rendered for one node and
// for a cluster, each statement parsed by ClickHouse's own parser (formatQuery) in chdb.
const dir = mkdtempSync(join(tmpdir(), 'minwon-ux-ddl-'));
const store = createStore({ mode: 'embedded', path: dir, database: 'minwon_ux' });
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function parse(sql: string): Promise<string> {
  const result = await store.client.query({
    query: 'SELECT formatQuery({sql:String}) AS f',
    query_params: { sql },
    format: 'JSONEachRow',
  });
  const [row] = await result.json<{ f: string }>();
  return row!.f;
}

const layouts = [
  { layout: 'single node', migrations: renderSchema() },
  { layout: 'cluster', migrations: renderSchema({ cluster: 'minwon' }) },
  { layout: 'cluster, plain engines', migrations: renderSchema({ cluster: 'minwon', replicated: false }) },
];

describe.each(layouts)('the $layout schema', ({ migrations }) => {
  it.each(migrations.map((m) => [m.name, m] as const))('%s parses statement by statement', async (_, migration) => {
    expect(migration.statements.length).toBeGreaterThan(0);
    for (const statement of migration.statements) {
      await expect(parse(statement.sql), statement.sql).resolves.toMatch(/\S/);
    }
  });
});

describe('the cluster schema', () => {
  const statements = renderSchema({ cluster: 'minwon' }).flatMap((m) => m.statements.map((s) => s.sql));
  const created = (name: string) =>
    statements.find((s) => new RegExp(`^CREATE TABLE IF NOT EXISTS ${name}\\s`).test(s));

  it('keeps events as a Distributed table, sharded by session, over a replicated local table', () => {
    expect(created('minwon_ux.events')).toMatch(
      /AS minwon_ux\.events_local\s+ENGINE = Distributed\('minwon', 'minwon_ux', 'events_local', cityHash64\(session_id\)\)$/,
    );
    expect(created('minwon_ux.events_local')).toContain(
      "ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}')",
    );
    expect(created('minwon_ux.events_local')).toContain('replicated_deduplication_window = 10000');
  });

  it('keeps each engine variant and its arguments, and uses replicated engines only', () => {
    expect(created('minwon_ux.replay_chunks_local')).toContain(
      "ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', received_at)",
    );
    expect(created('minwon_ux.daily_site_local')).toContain('ReplicatedAggregatingMergeTree(');
    expect(created('minwon_ux.sites')).toContain(
      "ReplicatedReplacingMergeTree('/clickhouse/tables/all/{database}/{table}', '{shard}-{replica}', updated_at)",
    );
    const engines = statements.flatMap((s) => [...s.matchAll(/ENGINE = (\w+)/g)].map((m) => m[1]));
    expect(engines.filter((e) => !/^Replicated\w*MergeTree$|^Distributed$/.test(e!))).toEqual([]);
  });

  it('fills every rollup from the local events on its shard, never through a Distributed table', () => {
    const views = statements.filter((s) => s.startsWith('CREATE MATERIALIZED VIEW'));
    expect(views.length).toBeGreaterThan(5);
    for (const view of views) {
      expect(view, view).toMatch(/ TO minwon_ux\.\w+_local AS/);
      expect(view, view).not.toMatch(/FROM minwon_ux\.events\b(?!_local)/);
    }
  });
});
