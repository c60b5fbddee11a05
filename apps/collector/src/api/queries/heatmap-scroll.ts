import type { ScrollReach } from '@minwon-ux/api-contract';
import type { QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../store/query.ts';

/**
 * One page's sessions by the deepest point they scrolled to on it, rounded down to 10 % steps
 * (daily_scroll_sessions, migration 0061: each session's deepest page_dwell report per day).
 */
export const HEATMAP_SCROLL_SQL = `
SELECT toUInt8(intDiv(deepest, 10) * 10) AS depth, count() AS sessions
FROM (
  SELECT session_id, max(max_scroll_pct) AS deepest FROM minwon_ux.daily_scroll_sessions
  WHERE ${ROLLUP_FILTER} AND path = {path:String}
  GROUP BY session_id
)
GROUP BY depth`;

/** The depths the scroll map answers: 0, 10, …, 100 %. */
export const SCROLL_STEPS = Array.from({ length: 11 }, (_, i) => i * 10);

/**
 * The share of the page's sessions whose viewport reached each depth (each session's deepest point),
 * and how many sessions reported a depth.
 *
 * @example
 * const { scroll, sessions } = await queryScrollReach(store, filters, '/apply');
 */
export async function queryScrollReach(
  store: Store,
  f: QueryFilters,
  path: string,
): Promise<{ scroll: ScrollReach[]; sessions: number }> {
  const rows = await runQuery<{ depth: number; sessions: number }>(store, HEATMAP_SCROLL_SQL, {
    ...filterParams(f),
    path,
  });
  return scrollReach(Object.fromEntries(rows.map((r) => [r.depth, Number(r.sessions)])));
}

/**
 * Reach shares from depth counts (depth rounded down to 10 % → sessions): the share at d is the
 * sessions at d or deeper over all; empty without any.
 *
 * @example
 * scrollReach({ '30': 1, '100': 1 }).scroll[5]; // { depthPct: 50, share: 0.5 }
 */
export function scrollReach(depths: Record<string, number>): { scroll: ScrollReach[]; sessions: number } {
  const counts = Object.entries(depths).map(([depth, n]) => [Number(depth), Number(n)] as const);
  const sessions = counts.reduce((sum, [, n]) => sum + n, 0);
  if (sessions === 0) return { scroll: [], sessions: 0 };
  const scroll = SCROLL_STEPS.map((depthPct) => ({
    depthPct,
    share: counts.reduce((sum, [depth, n]) => sum + (depth >= depthPct ? n : 0), 0) / sessions,
  }));
  return { scroll, sessions };
}
