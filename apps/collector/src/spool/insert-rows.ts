import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Store } from '../store/create-store.ts';
import type { InsertRows } from './drain-segment.ts';

/**
 * The writer's insert over the real store: the spooled JSONEachRow text as it is, with
 * `insert_deduplication_token`. The tables keep a `non_replicated_deduplication_window`, so a
 * repeated token inserts nothing.
 *
 * @example
 * const writer = new SpoolWriter({ spool, insert: createStoreInsert(store), logger });
 */
export function createStoreInsert(store: Store): InsertRows {
  return async function insertRows(table, rows, deduplicationToken) {
    const result = await store.client.exec({
      query: `INSERT INTO ${store.database}.${table} FORMAT JSONEachRow`,
      values: Readable.from([rows.text]),
      clickhouse_settings: { insert_deduplication_token: deduplicationToken },
    });
    await finished(result.stream.resume());
  };
}
