import type { ReplaySession } from '@minwon-ux/api-contract';
import type { QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';
import { runQuery } from '../../store/query.ts';

/** Recorded sessions in the range (replay chunks carry no device: the device filter does not apply). */
export const REPLAY_SESSIONS_SQL = `
SELECT session_id AS sessionId, toString(min(ts)) AS startedAt, toString(max(ts)) AS endedAt,
       count() AS chunks, sum(event_count) AS events, argMin(path, ts) AS firstPath
FROM minwon_ux.replay_chunks
WHERE site_id = {site:String} AND toDate(ts) BETWEEN {from:Date} AND {to:Date}
GROUP BY session_id ORDER BY min(ts) DESC, sessionId LIMIT 200`;

export type { ReplaySession };

/** Sessions with a replay. */
export function queryReplaySessions(store: Store, f: QueryFilters): Promise<ReplaySession[]> {
  return runQuery<ReplaySession>(store, REPLAY_SESSIONS_SQL, { site: f.site, from: f.from, to: f.to });
}
