import type { Store } from '../../store/create-store.ts';
import { runQuery } from '../../store/query.ts';

export const REPLAY_CHUNKS_SQL = `
SELECT chunk, data FROM minwon_ux.replay_chunks FINAL
WHERE site_id = {site:String} AND session_id = {session:String}
ORDER BY chunk LIMIT 2000`;

/**
 * A session's rrweb events, chunk after chunk (each chunk's `data` is a JSON array of events).
 *
 * @example
 * const events = await queryReplayEvents(store, 'demo', 'sess-1');
 */
export async function queryReplayEvents(store: Store, site: string, session: string): Promise<unknown[]> {
  const rows = await runQuery<{ chunk: number; data: string }>(store, REPLAY_CHUNKS_SQL, { site, session });
  const events: unknown[] = [];
  for (const row of rows) {
    try {
      const parsed: unknown = JSON.parse(row.data);
      if (Array.isArray(parsed)) events.push(...parsed);
    } catch {
      // a damaged chunk: skip it, the rest of the recording still plays
    }
  }
  return events;
}
