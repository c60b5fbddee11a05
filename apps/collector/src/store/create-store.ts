import { type ClickHouseClient, createClient } from '@clickhouse/client';
import type { CollectorConfig } from '../config.ts';
import { withDatabase } from './ddl/render-schema.ts';
import { createEmbeddedConnection } from './embedded-connection.ts';

export { withDatabase };

/** The one way into ClickHouse: a `@clickhouse/client` client plus the database name queries use. */
export interface Store {
  client: ClickHouseClient;
  database: string;
  mode: 'embedded' | 'server';
  /**
   * `CLICKHOUSE_CLUSTER`: the schema is rendered for this cluster (sharded `<table>_local` tables
   * under `Distributed` tables of the usual names, docs/SCALING.md); queries are unchanged.
   */
  cluster?: string;
  close(): Promise<void>;
}

/**
 * Settings every query on a cluster gets: an insert returns once the shards have the rows (the spool
 * deletes a segment only then), and a subquery over a Distributed table inside a query over another
 * is run once and sent to every shard (`global`), so `IN (SELECT … FROM minwon_ux.events …)` means
 * what it means on one node.
 */
export const CLUSTER_QUERY_SETTINGS = {
  distributed_foreground_insert: 1,
  distributed_product_mode: 'global',
} as const;

/**
 * What a mutation (`ALTER TABLE … DELETE/UPDATE`) of a sharded table needs to reach every shard:
 * ` ON CLUSTER 'name'` on a cluster, where each shard's replicated table runs it once; nothing on one
 * node. The one place the schema's per-host rule (docs/SCALING.md) gives way: data of every shard.
 *
 * @example
 * `ALTER TABLE ${db}.${table}${onCluster(store)} DELETE WHERE site_id = {key:String}`
 */
export function onCluster(store: Pick<Store, 'cluster'>): string {
  return store.cluster ? ` ON CLUSTER '${store.cluster}'` : '';
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
      ? createClient({
          connection: createEmbeddedConnection(options.path, { configFile: options.configFile }),
          ...(options.cluster ? { clickhouse_settings: CLUSTER_QUERY_SETTINGS } : {}),
        })
      : createClient({
          url: options.url,
          username: options.username,
          password: options.password,
          clickhouse_settings: {
            date_time_input_format: 'best_effort',
            ...(options.cluster ? CLUSTER_QUERY_SETTINGS : {}),
          },
        });
  return {
    client,
    database: options.database,
    mode: options.mode,
    ...(options.cluster ? { cluster: options.cluster } : {}),
    close: () => client.close(),
  };
}
