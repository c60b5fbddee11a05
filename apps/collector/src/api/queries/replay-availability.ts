import type { Store } from '../../store/create-store.ts';
import { runQuery } from '../../store/query.ts';

export const REPLAY_AVAILABILITY_SQL = `
SELECT DISTINCT session_id FROM minwon_ux.replay_chunks
WHERE site_id = {site:String} AND session_id IN {sessions:Array(String)}`;

/** Which of these sessions have a replay. */
export async function queryReplayAvailability(store: Store, site: string, sessions: string[]): Promise<Set<string>> {
  if (sessions.length === 0) return new Set();
  const rows = await runQuery<{ session_id: string }>(store, REPLAY_AVAILABILITY_SQL, { site, sessions });
  return new Set(rows.map((r) => r.session_id));
}
