import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Store, withDatabase } from './create-store.ts';

/** The repository's `clickhouse/migrations` folder. */
export const defaultMigrationsDir = fileURLToPath(new URL('../../../../clickhouse/migrations/', import.meta.url));

export class MigrationError extends Error {
  readonly code = 'migration_failed';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
  }
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

/**
 * Applies `NNNN_name.sql` files in order, each once, recording them in `schema_migrations`.
 * Forward-only and idempotent: running it again applies nothing.
 *
 * @example
 * const applied = await runMigrations(store); // ['0001_database', ...] the first time, [] after
 */
export async function runMigrations(store: Store, dir = defaultMigrationsDir): Promise<string[]> {
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
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f)).sort();
  const newlyApplied: string[] = [];
  for (const file of files) {
    const version = Number(file.slice(0, 4));
    if (applied.has(version)) continue;
    const name = file.replace(/\.sql$/, '');
    const sql = withDatabase(await readFile(`${dir}/${file}`, 'utf8'), database);
    for (const statement of splitStatements(sql)) {
      try {
        await client.command({ query: statement });
      } catch (cause) {
        throw new MigrationError(`migration ${name} failed`, { cause });
      }
    }
    await client.insert({ table: `${database}.schema_migrations`, values: [{ version, name }], format: 'JSONEachRow' });
    newlyApplied.push(name);
  }
  return newlyApplied;
}
