import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDED_WEEK, startDemoWeekCollector } from '../../insights/fixtures/seeded-collectors.ts';
import type { QueryFilters } from '../../insights/types.ts';
import { EVENT_FILTER, filterParams, ROLLUP_FILTER, runQuery } from '../../store/query.ts';
import type { TestCollector } from '../../testing.ts';
import { queryPages } from './page-metrics.ts';

/** The pages page's two queries before 0034 (without the t-digest quantiles), as the reference. */
const LIST_SQL = `
SELECT page AS path, sum(views) AS views, sum(length(session_hashes)) AS sessions, sum(dwells) AS dwells,
       sum(quick_backs) AS quickBacks, sum(rage_clicks) AS rageClicks, sum(dead_clicks) AS deadClicks,
       sumMap(scroll_buckets) AS scroll
FROM minwon_ux.daily_pages FINAL WHERE ${ROLLUP_FILTER}
GROUP BY page ORDER BY views DESC, path LIMIT 200`;
const DISTRIBUTIONS_SQL = `
SELECT sumMap(dwell_buckets) AS dwell, sumMap(scroll_buckets) AS scroll
FROM minwon_ux.daily_pages WHERE ${ROLLUP_FILTER} AND ({path:String} = '' OR page = {path:String})`;
/** Exact engaged-time quantiles per page from the events. */
const EXACT_SQL = `
SELECT path, quantilesExact(0.25, 0.5, 0.75, 0.9)(engaged_ms) AS q
FROM minwon_ux.events WHERE ${EVENT_FILTER} AND kind = 'page_dwell' GROUP BY path`;

let collector: TestCollector;
const range = SEEDED_WEEK;

beforeAll(async () => {
  collector = await startDemoWeekCollector();
});
afterAll(() => collector.close());

describe('queryPages', () => {
  it.each<[string, QueryFilters, string]>([
    ['all devices', { site: 'demo', ...range, device: '' }, ''],
    ['mobile, one page', { site: 'demo', ...range, device: 'mobile' }, '/apply/step2'],
    ['an empty range', { site: 'demo', from: '2026-12-01', to: '2026-12-02', device: '' }, ''],
  ])('gives the list and distributions the separate queries gave (%s)', async (_, f, path) => {
    const { store } = collector.runtime;
    const { pages, distributions } = await queryPages(store, f, path);
    expect(pages.map(({ engagedQuantiles, ...rest }) => rest)).toEqual(
      await runQuery(store, LIST_SQL, filterParams(f)),
    );
    const [reference] = await runQuery<{ dwell: object; scroll: object }>(store, DISTRIBUTIONS_SQL, {
      ...filterParams(f),
      path,
    });
    expect(distributions).toEqual(pages.length > 0 ? reference : { dwell: {}, scroll: {} });
    if (f.from === range.from) expect(Object.keys(distributions.dwell).length).toBeGreaterThan(1);
  });

  it('reads engaged-time quantiles from the histogram within 5 % of the exact ones', async () => {
    const { store } = collector.runtime;
    const f = { site: 'demo', ...range, device: '' };
    const { pages } = await queryPages(store, f);
    const exact = new Map(
      (await runQuery<{ path: string; q: number[] }>(store, EXACT_SQL, filterParams(f))).map((r) => [r.path, r.q]),
    );
    let compared = 0;
    for (const page of pages.filter((p) => p.dwells >= 30)) {
      page.engagedQuantiles.forEach((value, i) => {
        const expected = exact.get(page.path)![i]!;
        expect(Math.abs(value + 1 - (expected + 1)) / (expected + 1)).toBeLessThanOrEqual(0.05);
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(8);
  });
});
