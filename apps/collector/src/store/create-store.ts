import { type ClickHouseClient, createClient } from '@clickhouse/client';
import type { CollectorConfig } from '../config.ts';
import { createEmbeddedConnection } from './embedded-connection.ts';

/** The one way into ClickHouse: a `@clickhouse/client` client plus the database name queries use. */
export interface Store {
  client: ClickHouseClient;
  database: string;
  mode: 'embedded' | 'server';
  close(): Promise<void>;
}

/**
 * Opens the store: embedded chdb in `DATA_DIR` by default, a ClickHouse server with `CLICKHOUSE_URL`.
 * The embedded store locks its directory: only one process may open it.
 *
 * @example
 * const store = createStore(loadConfig().clickhouse);
 * await store.client.ping();
 */
export function createStore(options: CollectorConfig['clickhouse']): Store {
  const client =
    options.mode === 'embedded'
      ? createClient({ connection: createEmbeddedConnection(options.path) })
      : createClient({
          url: options.url,
          username: options.username,
          password: options.password,
          clickhouse_settings: { date_time_input_format: 'best_effort' },
        });
  return {
    client,
    database: options.database,
    mode: options.mode,
    close: () => client.close(),
  };
}

/** Rewrites the default database name in SQL text for deployments that chose another one. */
export function withDatabase(sql: string, database: string): string {
  return database === 'minwon_ux'
    ? sql
    : sql
        .replaceAll(/\bminwon_ux\./g, `${database}.`)
        .replace(/DATABASE IF NOT EXISTS minwon_ux\b/, `DATABASE IF NOT EXISTS ${database}`);
}
