import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type RenderedStatement, renderForCluster, shardedTables } from './cluster-ddl.ts';

/** The repository's `clickhouse/migrations` folder. */
export const defaultMigrationsDir = fileURLToPath(new URL('../../../../../clickhouse/migrations/', import.meta.url));

/** One migration file, rendered for the deployment. */
export interface RenderedMigration {
  version: number;
  /** File name without `.sql`, e.g. `0002_events`. */
  name: string;
  statements: RenderedStatement[];
}

export interface RenderSchemaOptions {
  /** `CLICKHOUSE_DATABASE` (default `minwon_ux`). */
  database?: string;
  /** A cluster name renders for that cluster; without it, the single-node schema as written. */
  cluster?: string;
  /** With `cluster`: `false` keeps plain MergeTree engines (a host without Keeper). */
  replicated?: boolean;
  dir?: string;
}

/** Splits a migration file into statements: on `;` at the end of a line, comments dropped. */
export function splitStatements(sql: string): string[] {
  const withoutComments = sql
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Rewrites the default database name in SQL text for deployments that chose another one. */
export function withDatabase(sql: string, database: string): string {
  return database === 'minwon_ux'
    ? sql
    : sql
        .replaceAll(/\bminwon_ux\./g, `${database}.`)
        .replace(/DATABASE IF NOT EXISTS minwon_ux\b/, `DATABASE IF NOT EXISTS ${database}`);
}

/**
 * Every migration file (`NNNN_name.sql`) rendered for one deployment, in order, without a store:
 * the same files the runner applies, for a single node or a cluster (`cluster-ddl.ts`).
 *
 * @example
 * renderSchema({ cluster: 'minwon' }).flatMap((m) => m.statements.map((s) => `${s.sql};`));
 */
export function renderSchema({
  database = 'minwon_ux',
  cluster,
  replicated = true,
  dir = defaultMigrationsDir,
}: RenderSchemaOptions = {}): RenderedMigration[] {
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort();
  const migrations = files.map((file) => ({
    version: Number(file.slice(0, 4)),
    name: file.replace(/\.sql$/, ''),
    sources: splitStatements(withDatabase(readFileSync(`${dir}/${file}`, 'utf8'), database)),
  }));
  const sharded = cluster ? shardedTables(migrations.flatMap((m) => m.sources)) : new Set<string>();
  return migrations.map(({ version, name, sources }) => ({
    version,
    name,
    statements: sources.flatMap((sql) =>
      cluster ? renderForCluster(sql, sharded, { cluster, replicated }) : [{ sql, scope: 'every-host' as const }],
    ),
  }));
}

const SCOPE_NOTES = {
  'every-host': '',
  'one-replica-per-shard': '-- run on ONE replica of EACH shard (replication copies it to the others)\n',
  'one-host': '-- run on ONE host of the cluster\n',
} as const;

/**
 * The rendered schema as SQL text: each statement ending in `;`, a comment naming each migration
 * and, on a cluster, where a data statement must run.
 *
 * @example
 * process.stdout.write(formatSchema(renderSchema({ cluster: 'minwon' })));
 */
export function formatSchema(migrations: readonly RenderedMigration[]): string {
  return migrations
    .map((m) => `-- ${m.name}\n${m.statements.map((s) => `${SCOPE_NOTES[s.scope]}${s.sql};\n`).join('\n')}`)
    .join('\n');
}
