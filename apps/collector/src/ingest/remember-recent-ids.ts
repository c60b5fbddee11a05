import { readFile } from 'node:fs/promises';
import { decodeSegment } from '../spool/segment-codec.ts';
import type { Spool } from '../spool/spool.ts';
import type { Store } from '../store/create-store.ts';
import type { RecentIds } from './recent-ids.ts';

export interface RememberOptions {
  store: Store;
  spool: Spool;
  /** Ids the store received this recently are remembered (client retries come within minutes). */
  windowMinutes?: number;
  /** At most this many ids from the store; the spool's are all taken. */
  limit?: number;
}

const EVENT_ID = /"event_id":"([0-9a-fA-F-]{36})"/g;

/**
 * Fills the duplicate-id window at start with the events acknowledged shortly before: those the
 * store received in the last `windowMinutes` and those still waiting on the spool. So a client that
 * retries a batch across a collector restart (its first answer lost in the crash) is not counted
 * twice. Returns how many ids were remembered.
 *
 * @example
 * await rememberRecentIds(controls.recentIds, { store, spool });
 */
export async function rememberRecentIds(
  recent: RecentIds,
  { store, spool, windowMinutes = 15, limit = 40_000 }: RememberOptions,
): Promise<number> {
  let remembered = 0;
  const result = await store.client.query({
    query: `SELECT toString(event_id) AS id FROM ${store.database}.events
            WHERE ts >= now64(3) - INTERVAL 1 DAY AND received_at >= now64(3) - INTERVAL {minutes:UInt32} MINUTE
            LIMIT {limit:UInt32}`,
    query_params: { minutes: windowMinutes, limit },
    format: 'JSONEachRow',
  });
  for (const { id } of await result.json<{ id: string }>()) remembered += recent.claim(id) ? 1 : 0;
  for (const segment of spool.sealed()) {
    const { records } = decodeSegment(await readFile(segment.path));
    for (const record of records) {
      if (record.table !== 'e') continue;
      for (const match of record.rows.text.matchAll(EVENT_ID)) remembered += recent.claim(match[1]!) ? 1 : 0;
    }
  }
  return remembered;
}
