import { filterParams, ROLLUP_FILTER, runQuery } from '../../insights/query.ts';
import type { QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';

export const PAGE_METRICS_SQL = `
SELECT page AS path, sum(views) AS views, sum(length(session_hashes)) AS sessions, sum(dwells) AS dwells,
       arrayMap(x -> round(x), quantilesTDigestMerge(0.25, 0.5, 0.75, 0.9)(engaged_q)) AS engagedQuantiles,
       sum(quick_backs) AS quickBacks, sum(rage_clicks) AS rageClicks, sum(dead_clicks) AS deadClicks,
       sumMap(scroll_buckets) AS scroll
FROM minwon_ux.daily_pages FINAL WHERE ${ROLLUP_FILTER}
GROUP BY page ORDER BY views DESC, path LIMIT 200`;

export interface PageMetrics {
  path: string;
  views: number;
  sessions: number;
  dwells: number;
  /** Engaged ms at p25, p50, p75, p90. */
  engagedQuantiles: number[];
  quickBacks: number;
  rageClicks: number;
  deadClicks: number;
  scroll: Record<string, number>;
}

/** Per-page views, dwell quantiles, quick backs, clicks and scroll buckets. */
export function queryPageMetrics(store: Store, f: QueryFilters): Promise<PageMetrics[]> {
  return runQuery<PageMetrics>(store, PAGE_METRICS_SQL, filterParams(f));
}
