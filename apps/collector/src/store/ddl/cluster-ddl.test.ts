import { describe, expect, it } from 'vitest';
import { renderForCluster, shardedTables } from './cluster-ddl.ts';
import { closingParen, replaceTableName, splitTopLevel } from './sql-text.ts';

const EVENTS = `CREATE TABLE IF NOT EXISTS db.events
(
    site_id String,
    session_id String,
    note String DEFAULT 'a, (b'
)
ENGINE = MergeTree
ORDER BY (site_id, session_id)
SETTINGS non_replicated_deduplication_window = 100`;
const ROLLUP =
  'CREATE TABLE IF NOT EXISTS db.daily (site_id String, n SimpleAggregateFunction(sum, UInt64)) ENGINE = AggregatingMergeTree ORDER BY site_id';
const VIEW =
  'CREATE MATERIALIZED VIEW IF NOT EXISTS db.daily_mv TO db.daily AS SELECT site_id, count() AS n FROM db.events GROUP BY site_id';
const SITES =
  'CREATE TABLE IF NOT EXISTS db.sites (site_key String, v UInt64) ENGINE = ReplacingMergeTree(v) ORDER BY site_key';
const SCHEMA = [EVENTS, ROLLUP, VIEW, SITES];
const sharded = shardedTables(SCHEMA);
const render = (sql: string, replicated = true) => renderForCluster(sql, sharded, { cluster: 'c1', replicated });

describe('sql text', () => {
  it('skips quoted parentheses and commas', () => {
    expect(closingParen("f(a, ')', (b)) x", 1)).toBe(13);
    expect(splitTopLevel("ADD COLUMN a Map(String, UInt8), MODIFY COMMENT 'x, y'")).toEqual([
      'ADD COLUMN a Map(String, UInt8)',
      "MODIFY COMMENT 'x, y'",
    ]);
  });

  it('renames whole table names only, outside quotes', () => {
    expect(replaceTableName("SELECT 'db.events' FROM db.events, db.events_x", 'db.events', 'db.events_local')).toBe(
      "SELECT 'db.events' FROM db.events_local, db.events_x",
    );
  });
});

describe('shardedTables', () => {
  it('shards tables with site and session columns and the tables views fill from them', () => {
    expect([...sharded].sort()).toEqual(['db.daily', 'db.events']);
    expect(
      shardedTables(['CREATE TABLE db.x (`site_id` String, session_id String) ENGINE = MergeTree ORDER BY site_id']),
    ).toEqual(new Set(['db.x']));
  });
});

describe('renderForCluster', () => {
  it('makes a sharded table local and replicated, under a Distributed table of its name', () => {
    const [local, distributed] = render(EVENTS);
    expect(local!.sql).toContain('CREATE TABLE IF NOT EXISTS db.events_local\n(');
    expect(local!.sql).toContain("note String DEFAULT 'a, (b'");
    expect(local!.sql).toContain(
      "\nENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}')\nORDER BY",
    );
    expect(local!.sql).toContain('SETTINGS replicated_deduplication_window = 100');
    expect(distributed).toEqual({
      sql: "CREATE TABLE IF NOT EXISTS db.events AS db.events_local\nENGINE = Distributed('c1', 'db', 'events_local', cityHash64(session_id))",
      scope: 'every-host',
    });
  });

  it('replicates a small table whole to every host, keeping its engine arguments', () => {
    expect(render(SITES)).toEqual([
      {
        sql: "CREATE TABLE IF NOT EXISTS db.sites (site_key String, v UInt64) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/all/{database}/{table}', '{shard}-{replica}', v) ORDER BY site_key",
        scope: 'every-host',
      },
    ]);
    expect(render(SITES, false)[0]!.sql).toContain('ENGINE = ReplacingMergeTree(v) ORDER BY');
  });

  it('points views and backfills at the local tables, a backfill on one replica per shard', () => {
    expect(render(VIEW)[0]!.sql).toBe(
      'CREATE MATERIALIZED VIEW IF NOT EXISTS db.daily_mv TO db.daily_local AS SELECT site_id, count() AS n FROM db.events_local GROUP BY site_id',
    );
    expect(render('INSERT INTO db.daily SELECT site_id, count() FROM db.events GROUP BY site_id')).toEqual([
      {
        sql: 'INSERT INTO db.daily_local SELECT site_id, count() FROM db.events_local GROUP BY site_id',
        scope: 'one-replica-per-shard',
      },
    ]);
    expect(render("INSERT INTO db.sites VALUES ('a', 1)")).toEqual([
      { sql: "INSERT INTO db.sites VALUES ('a', 1)", scope: 'one-host' },
    ]);
  });

  it('alters the local table, and the Distributed one for column changes only', () => {
    expect(
      render(
        'ALTER TABLE db.events ADD COLUMN IF NOT EXISTS x Map(String, UInt8), MODIFY SETTING a = 1, non_replicated_deduplication_window = 5',
      ),
    ).toEqual([
      {
        sql: 'ALTER TABLE db.events_local ADD COLUMN IF NOT EXISTS x Map(String, UInt8), MODIFY SETTING a = 1, replicated_deduplication_window = 5',
        scope: 'every-host',
      },
      { sql: 'ALTER TABLE db.events ADD COLUMN IF NOT EXISTS x Map(String, UInt8)', scope: 'every-host' },
    ]);
    expect(render("ALTER TABLE db.events UPDATE note = 'x', site_id = site_id WHERE 1")).toEqual([
      {
        sql: "ALTER TABLE db.events_local UPDATE note = 'x', site_id = site_id WHERE 1",
        scope: 'one-replica-per-shard',
      },
    ]);
    expect(render('ALTER TABLE db.sites DELETE WHERE v = 0')).toEqual([
      { sql: 'ALTER TABLE db.sites DELETE WHERE v = 0', scope: 'one-host' },
    ]);
  });

  it('drops both tables of a sharded table, and passes other statements through', () => {
    expect(render('DROP TABLE IF EXISTS db.events').map((s) => s.sql)).toEqual([
      'DROP TABLE IF EXISTS db.events',
      'DROP TABLE IF EXISTS db.events_local',
    ]);
    expect(render('DROP VIEW IF EXISTS db.daily_mv')).toEqual([
      { sql: 'DROP VIEW IF EXISTS db.daily_mv', scope: 'every-host' },
    ]);
    expect(render('OPTIMIZE TABLE db.daily FINAL')).toEqual([
      { sql: 'OPTIMIZE TABLE db.daily_local FINAL', scope: 'one-replica-per-shard' },
    ]);
  });
});
