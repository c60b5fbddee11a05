import { HEATMAP_MAX_ELEMENTS, type HeatmapElement } from '@minwon-ux/api-contract';
import type { QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../store/query.ts';

/**
 * One page's clicked elements over a range (daily_element_clicks, migration 0060): clicks, rage
 * bursts, dead clicks, distinct sessions (the days' hash arrays merged), the 10 × 10 grid of where
 * inside the element clicks landed, and the element's mean depth on the page.
 */
export const HEATMAP_ELEMENTS_SQL = `
SELECT element_key AS key, max(label) AS label, sum(clicks) AS clicks,
       length(groupUniqArrayArray(session_hashes)) AS sessions, sum(rage) AS rage, sum(dead) AS dead,
       length(groupUniqArrayArray(dead_hashes)) AS deadSessions, sum(depth_sum) AS depthSum,
       sumMap(spots) AS grid
FROM minwon_ux.daily_element_clicks
WHERE ${ROLLUP_FILTER} AND path = {path:String}
GROUP BY element_key
ORDER BY clicks + rage + dead DESC, key
LIMIT ${HEATMAP_MAX_ELEMENTS}`;

interface Row extends Omit<HeatmapElement, 'spots' | 'depthPct'> {
  depthSum: number;
  grid: Record<string, number>;
}

/**
 * The elements of `path`, most clicked first; spots are the non-empty grid cells as their centres.
 *
 * @example
 * const elements = await queryHeatmapElements(store, filters, '/apply');
 */
export async function queryHeatmapElements(store: Store, f: QueryFilters, path: string): Promise<HeatmapElement[]> {
  const rows = await runQuery<Row>(store, HEATMAP_ELEMENTS_SQL, { ...filterParams(f), path });
  return rows.map(({ depthSum, grid, ...element }) => ({
    ...element,
    depthPct: element.clicks > 0 ? Math.round(Number(depthSum) / element.clicks) : null,
    spots: gridSpots(grid),
  }));
}

/**
 * Grid cells (`y * 10 + x` → clicks) as spots at the cells' centres, most clicked first.
 *
 * @example
 * gridSpots({ '0': 2, '99': 1 }); // [{ x: 0.05, y: 0.05, n: 2 }, { x: 0.95, y: 0.95, n: 1 }]
 */
export function gridSpots(grid: Record<string, number>): HeatmapElement['spots'] {
  return Object.entries(grid)
    .map(([cell, n]) => ({ cell: Number(cell), n: Number(n) }))
    .filter(({ n }) => n > 0)
    .sort((a, b) => b.n - a.n || a.cell - b.cell)
    .map(({ cell, n }) => ({ x: ((cell % 10) + 0.5) / 10, y: (Math.floor(cell / 10) + 0.5) / 10, n }));
}
