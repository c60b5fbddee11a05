import type { PageDistributions, PageMetrics, PagesResponse } from '@minwon-ux/api-contract';
import type { QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';
import { type Histogram, histogramQuantileOf } from '../../store/histogram.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../store/query.ts';

/**
 * The pages page in one query over `daily_pages`: per page views, sessions, dwells, the engaged-time
 * histogram (0034), quick backs, clicks and scroll buckets (most viewed 200), and as window totals the
 * site-wide (or `{path}`'s) dwell and scroll distributions, summed over every page before the LIMIT.
 */
export const PAGES_SQL = `
SELECT page AS path, sum(views) AS views, sum(length(session_hashes)) AS sessions, sum(dwells) AS dwells,
       sumMap(engaged_hist) AS engaged, sum(quick_backs) AS quickBacks, sum(rage_clicks) AS rageClicks,
       sum(dead_clicks) AS deadClicks, sumMap(scroll_buckets) AS scroll,
       sumMap(sumMapIf(dwell_buckets, {path:String} = '' OR page = {path:String})) OVER () AS all_dwell,
       sumMap(sumMapIf(scroll_buckets, {path:String} = '' OR page = {path:String})) OVER () AS all_scroll
FROM minwon_ux.daily_pages FINAL WHERE ${ROLLUP_FILTER}
GROUP BY page ORDER BY views DESC, path LIMIT 200`;

export type { PageMetrics };

/** Bucket keys sort in display order (`a_0_5s`, `b_5_15s`, …). */
export type Distributions = PageDistributions;

type Row = Omit<PageMetrics, 'engagedQuantiles'> & {
  engaged: Histogram;
  all_dwell: Record<string, number>;
  all_scroll: Record<string, number>;
};

/**
 * Per-page views, engaged-time quantiles, quick backs, clicks and scroll buckets, and the site-wide (or
 * one page's) engaged-time and scroll-depth distributions.
 *
 * @example
 * const { pages, distributions } = await queryPages(store, filters, '/apply/step2');
 */
export async function queryPages(store: Store, f: QueryFilters, path = ''): Promise<PagesResponse> {
  const rows = await runQuery<Row>(store, PAGES_SQL, { ...filterParams(f), path });
  const pages = rows.map(({ engaged, all_dwell, all_scroll, ...page }) => ({
    ...page,
    engagedQuantiles: [0.25, 0.5, 0.75, 0.9].map((q) => histogramQuantileOf(engaged, q)),
  }));
  const first = rows[0];
  return { pages, distributions: { dwell: first?.all_dwell ?? {}, scroll: first?.all_scroll ?? {} } };
}
