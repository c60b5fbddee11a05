import type { Store } from '../store/create-store.ts';
import type { EventRow } from './event-row.ts';

/**
 * Inserts rows into `events`. With a deduplication token, ClickHouse drops a repeated insert of the
 * same token (the table keeps a `non_replicated_deduplication_window`), so retries never double-count.
 *
 * @example
 * await insertEvents(store, rows, 'segment-000042');
 */
export async function insertEvents(
  store: Store,
  rows: readonly EventRow[],
  deduplicationToken?: string,
): Promise<void> {
  if (rows.length === 0) return;
  await store.client.insert({
    table: `${store.database}.events`,
    values: rows as EventRow[],
    format: 'JSONEachRow',
    clickhouse_settings: deduplicationToken ? { insert_deduplication_token: deduplicationToken } : {},
  });
}
