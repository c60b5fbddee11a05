import type { Store } from '../store/create-store.ts';
import type { InsertRows } from './drain-segment.ts';

/**
 * The writer's insert over the real store: JSONEachRow with `insert_deduplication_token`. The tables
 * keep a `non_replicated_deduplication_window`, so a repeated token inserts nothing.
 *
 * @example
 * const writer = new SpoolWriter({ spool, insert: createStoreInsert(store), logger });
 */
export function createStoreInsert(store: Store): InsertRows {
  return async function insertRows(table, rows, deduplicationToken) {
    await store.client.insert({
      table: `${store.database}.${table}`,
      values: rows,
      format: 'JSONEachRow',
      clickhouse_settings: { insert_deduplication_token: deduplicationToken },
    });
  };
}
