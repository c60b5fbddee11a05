import type { ScrollReach } from '@minwon-ux/api-contract';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../insights/query.ts';
import type { QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';

/** One page's scroll reports over a range by depth in 10 % steps (daily_scroll_reach, migration 0060). */
export const HEATMAP_SCROLL_SQL = `
SELECT sum(reports) AS reports, sumMap(depths) AS depths
FROM minwon_ux.daily_scroll_reach
WHERE ${ROLLUP_FILTER} AND path = {path:String}`;

/** The depths the scroll map answers: 0, 10, …, 100 %. */
export const SCROLL_STEPS = Array.from({ length: 11 }, (_, i) => i * 10);

/**
 * The share of page views whose viewport reached each depth, and how many page views reported one.
 *
 * @example
 * const { scroll, reports } = await queryScrollReach(store, filters, '/apply');
 */
export async function queryScrollReach(
  store: Store,
  f: QueryFilters,
  path: string,
): Promise<{ scroll: ScrollReach[]; reports: number }> {
  const [row] = await runQuery<{ reports: number; depths: Record<string, number> }>(store, HEATMAP_SCROLL_SQL, {
    ...filterParams(f),
    path,
  });
  return scrollReach(row?.depths ?? {});
}

/**
 * Reach shares from depth counts (depth rounded down to 10 % → reports): the share at d is the
 * reports at d or deeper over all reports; empty without reports.
 *
 * @example
 * scrollReach({ '30': 1, '100': 1 }).scroll[5]; // { depthPct: 50, share: 0.5 }
 */
export function scrollReach(depths: Record<string, number>): { scroll: ScrollReach[]; reports: number } {
  const counts = Object.entries(depths).map(([depth, n]) => [Number(depth), Number(n)] as const);
  const reports = counts.reduce((sum, [, n]) => sum + n, 0);
  if (reports === 0) return { scroll: [], reports: 0 };
  const scroll = SCROLL_STEPS.map((depthPct) => ({
    depthPct,
    share: counts.reduce((sum, [depth, n]) => sum + (depth >= depthPct ? n : 0), 0) / reports,
  }));
  return { scroll, reports };
}
