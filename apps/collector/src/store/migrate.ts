import type { Store } from './create-store.ts';
import type { StatementScope } from './ddl/cluster-ddl.ts';
import { defaultMigrationsDir, renderSchema, splitStatements } from './ddl/render-schema.ts';

export { defaultMigrationsDir, splitStatements };

export class MigrationError extends Error {
  readonly code = 'migration_failed';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

export interface MigrateOptions {
  /** On a cluster: `false` renders plain MergeTree engines (a host without Keeper, as in the chdb test). */
  replicated?: boolean;
}

/**
 * Which data statements this host runs: on a cluster, backfills and mutations of a shard's tables run
 * on its first replica only (replication copies them), cluster-wide inserts on the first host only.
 */
async function scopesOfThisHost(store: Store): Promise<Set<StatementScope>> {
  if (!store.cluster) return new Set(['every-host', 'one-replica-per-shard', 'one-host']);
  const result = await store.client.query({
    query: `SELECT shard_num, replica_num, (SELECT min(shard_num) FROM system.clusters WHERE cluster = {c:String}) AS first_shard
            FROM system.clusters WHERE cluster = {c:String} AND is_local = 1 LIMIT 1`,
    query_params: { c: store.cluster },
    format: 'JSONEachRow',
  });
  const [host] = await result.json<{ shard_num: number; replica_num: number; first_shard: number }>();
  if (!host) throw new MigrationError(`this ClickHouse host is not a member of cluster ${store.cluster}`);
  const scopes = new Set<StatementScope>(['every-host']);
  if (Number(host.replica_num) === 1) scopes.add('one-replica-per-shard');
  if (Number(host.replica_num) === 1 && Number(host.shard_num) === Number(host.first_shard)) scopes.add('one-host');
  return scopes;
}

/**
 * Applies `NNNN_name.sql` files in order, each once, recording them in `schema_migrations`.
 * Forward-only and idempotent: running it again applies nothing. With `store.cluster` the files are
 * rendered for the cluster (`ddl/cluster-ddl.ts`) and applied to the host the store talks to, which
 * records them in its own (unreplicated) `schema_migrations`: run it against every host
 * (docs/SCALING.md says why not `ON CLUSTER`).
 *
 * @example
 * const applied = await runMigrations(store); // ['0001_database', ...] the first time, [] after
 */
export async function runMigrations(
  store: Store,
  dir = defaultMigrationsDir,
  { replicated = true }: MigrateOptions = {},
): Promise<string[]> {
  const { client, database } = store;
  await client.command({ query: `CREATE DATABASE IF NOT EXISTS ${database}` });
  await client.command({
    query: `CREATE TABLE IF NOT EXISTS ${database}.schema_migrations
      (version UInt32, name String, applied_at DateTime64(3, 'UTC') DEFAULT now64(3))
      ENGINE = MergeTree ORDER BY version`,
  });
  const done = await client.query({
    query: `SELECT version FROM ${database}.schema_migrations`,
    format: 'JSONEachRow',
  });
  const applied = new Set((await done.json<{ version: number }>()).map((r) => Number(r.version)));
  const migrations = renderSchema({ database, dir, replicated, ...(store.cluster ? { cluster: store.cluster } : {}) });
  const pending = migrations.filter((m) => !applied.has(m.version));
  const scopes = pending.length > 0 ? await scopesOfThisHost(store) : new Set<StatementScope>();
  const newlyApplied: string[] = [];
  for (const { version, name, statements } of pending) {
    for (const statement of statements) {
      if (!scopes.has(statement.scope)) continue;
      try {
        await client.command({ query: statement.sql });
      } catch (cause) {
        throw new MigrationError(`migration ${name} failed`, { cause });
      }
    }
    await client.insert({ table: `${database}.schema_migrations`, values: [{ version, name }], format: 'JSONEachRow' });
    newlyApplied.push(name);
  }
  return newlyApplied;
}
