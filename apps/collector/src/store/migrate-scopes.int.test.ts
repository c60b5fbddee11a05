import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, type Store } from './create-store.ts';
import { runMigrations } from './migrate.ts';

// Migrations on a cluster run host by host; a backfill runs on each shard's first replica only.
// One chdb engine knows two clusters: in `first` this host is replica 1 of shard 1, in `second` it is
// replica 2 (replica 1 is an unreachable TEST-NET address, never contacted by DDL or local reads).
const dir = mkdtempSync(join(tmpdir(), 'minwon-ux-scopes-'));
const configFile = join(dir, 'clusters.xml');
writeFileSync(
  configFile,
  `<clickhouse>
  <tcp_port>9000</tcp_port>
  <remote_servers>
    <first><shard><internal_replication>true</internal_replication>
      <replica><host>localhost</host><port>9000</port></replica>
      <replica><host>192.0.2.1</host><port>9000</port></replica>
    </shard></first>
    <second><shard><internal_replication>true</internal_replication>
      <replica><host>192.0.2.1</host><port>9000</port></replica>
      <replica><host>localhost</host><port>9000</port></replica>
    </shard></second>
  </remote_servers>
</clickhouse>
`,
);
const migrations = join(dir, 'migrations');
const files: Record<string, string> = {
  '0001_database.sql': 'CREATE DATABASE IF NOT EXISTS minwon_ux;\n',
  '0002_events.sql':
    'CREATE TABLE IF NOT EXISTS minwon_ux.events (site_id String, session_id String) ENGINE = MergeTree ORDER BY site_id;\n',
  '0003_daily.sql': `CREATE TABLE IF NOT EXISTS minwon_ux.daily (site_id String, n SimpleAggregateFunction(sum, UInt64))
ENGINE = AggregatingMergeTree ORDER BY site_id;
CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.daily_mv TO minwon_ux.daily AS
SELECT site_id, count() AS n FROM minwon_ux.events GROUP BY site_id;
INSERT INTO minwon_ux.daily SELECT site_id, count() FROM minwon_ux.events GROUP BY site_id;
`,
};
const engine = createStore({
  mode: 'embedded',
  path: join(dir, 'store'),
  database: 'first_db',
  configFile,
  cluster: 'first',
});
const first: Store = engine;
const second: Store = { ...engine, database: 'second_db', cluster: 'second' };

async function count(store: Store, table: string): Promise<number> {
  const result = await store.client.query({
    query: `SELECT sum(n) AS n FROM ${store.database}.${table}`,
    format: 'JSONEachRow',
    clickhouse_settings: { output_format_json_quote_64bit_integers: 0 },
  });
  return Number((await result.json<{ n: number }>())[0]?.n);
}

beforeAll(async () => {
  mkdirSync(migrations);
  for (const name of ['0001_database.sql', '0002_events.sql']) writeFileSync(join(migrations, name), files[name]!);
  for (const store of [first, second]) {
    await runMigrations(store, migrations, { replicated: false });
    await store.client.command({
      query: `INSERT INTO ${store.database}.events_local SELECT 'demo', toString(number) FROM numbers(5)`,
    });
  }
  writeFileSync(join(migrations, '0003_daily.sql'), files['0003_daily.sql']!);
});
afterAll(async () => {
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('runMigrations on a cluster', () => {
  it("backfills on the shard's first replica, and only creates the tables on another", async () => {
    expect(await runMigrations(first, migrations, { replicated: false })).toEqual(['0003_daily']);
    expect(await runMigrations(second, migrations, { replicated: false })).toEqual(['0003_daily']);
    expect(await count(first, 'daily_local')).toBe(5);
    const [table] = await (
      await second.client.query({
        query: "SELECT engine FROM system.tables WHERE database = 'second_db' AND name = 'daily_local'",
        format: 'JSONEachRow',
      })
    ).json<{ engine: string }>();
    expect(table?.engine).toBe('AggregatingMergeTree');
    expect(await count(second, 'daily_local')).toBe(0);
  });

  it('refuses a host that is not in the cluster', async () => {
    const stray: Store = { ...engine, database: 'stray_db', cluster: 'nowhere' };
    const only = join(dir, 'only');
    mkdirSync(only);
    cpSync(join(migrations, '0001_database.sql'), join(only, '0001_database.sql'));
    await expect(runMigrations(stray, only, { replicated: false })).rejects.toThrow(/not a member of cluster nowhere/);
  });
});
