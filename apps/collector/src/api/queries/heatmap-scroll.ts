import type { ScrollReach } from '@minwon-ux/api-contract';
import type { QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../store/query.ts';

/**
 * One page's page views by the deepest point they scrolled to, rounded down to 10 % steps, and the
 * sessions they belong to (daily_scroll_views, migration 0076: each page view's deepest page_dwell
 * report per day; reports without a page view id count once per session and day).
 */
export const HEATMAP_SCROLL_SQL = `
SELECT depth, count() AS views, any(sessions) AS sessions
FROM (
  SELECT toUInt8(intDiv(max(max_scroll_pct), 10) * 10) AS depth, uniqExact(session_id) OVER () AS sessions
  FROM minwon_ux.daily_scroll_views
  WHERE ${ROLLUP_FILTER} AND path = {path:String}
  GROUP BY session_id, if(page_view = '', toString(day), page_view)
)
GROUP BY depth`;

/** The depths the scroll map answers: 0, 10, …, 100 %. */
export const SCROLL_STEPS = Array.from({ length: 11 }, (_, i) => i * 10);

/**
 * The share of the page's views whose viewport reached each depth (each page view's deepest point),
 * how many page views reported a depth, and in how many sessions.
 *
 * @example
 * const { scroll, views, sessions } = await queryScrollReach(store, filters, '/apply');
 */
export async function queryScrollReach(
  store: Store,
  f: QueryFilters,
  path: string,
): Promise<{ scroll: ScrollReach[]; views: number; sessions: number }> {
  const rows = await runQuery<{ depth: number; views: number; sessions: number }>(store, HEATMAP_SCROLL_SQL, {
    ...filterParams(f),
    path,
  });
  const { scroll, total: views } = scrollReach(Object.fromEntries(rows.map((r) => [r.depth, Number(r.views)])));
  return { scroll, views, sessions: Number(rows[0]?.sessions ?? 0) };
}

/**
 * Reach shares from depth counts (depth rounded down to 10 % → page views or sessions): the share at
 * d is those at d or deeper over all; empty without any.
 *
 * @example
 * scrollReach({ '30': 1, '100': 1 }).scroll[5]; // { depthPct: 50, share: 0.5 }
 */
export function scrollReach(depths: Record<string, number>): { scroll: ScrollReach[]; total: number } {
  const counts = Object.entries(depths).map(([depth, n]) => [Number(depth), Number(n)] as const);
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return { scroll: [], total: 0 };
  const scroll = SCROLL_STEPS.map((depthPct) => ({
    depthPct,
    share: counts.reduce((sum, [depth, n]) => sum + (depth >= depthPct ? n : 0), 0) / total,
  }));
  return { scroll, total };
}
