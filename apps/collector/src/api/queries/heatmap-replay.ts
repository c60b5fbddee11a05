import type { QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';
import { runQuery } from '../../store/query.ts';

/** The latest recorded session (masked replay) with a chunk on `{path}` in the range. */
export const HEATMAP_REPLAY_SQL = `
SELECT session_id FROM minwon_ux.replay_chunks
WHERE site_id = {site:String} AND toDate(ts) BETWEEN {from:Date} AND {to:Date} AND path = {path:String}
ORDER BY ts DESC, session_id LIMIT 1`;

/**
 * A session whose masked replay shows the page, for the dashboard's map over a snapshot; null when
 * none was recorded (replay is sampled, off by default).
 *
 * @example
 * const sessionId = await queryHeatmapReplay(store, filters, '/apply');
 */
export async function queryHeatmapReplay(store: Store, f: QueryFilters, path: string): Promise<string | null> {
  const [row] = await runQuery<{ session_id: string }>(store, HEATMAP_REPLAY_SQL, {
    site: f.site,
    from: f.from,
    to: f.to,
    path,
  });
  return row?.session_id ?? null;
}
