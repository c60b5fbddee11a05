import type { Store } from '../../store/create-store.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../store/query.ts';
import { makeInsight } from '../make-insight.ts';
import type { Insight, QueryFilters } from '../types.ts';

/** Rage and dead clicks per page element (daily_click_spots), with the page's visiting sessions. */
export const CLICK_HOT_SPOTS_SQL = `
SELECT c.path AS path, c.element AS element, c.rage AS rage_sessions, c.dead AS dead_sessions,
       c.spot_sessions AS sessions, c.spot_clicks AS clicks, ifNull(p.visitors, 0) AS page_sessions, c.spot_examples AS examples
FROM (
  SELECT path, element, uniqExactMerge(rage_sessions) AS rage, uniqExactMerge(dead_sessions) AS dead,
         uniqExactMerge(sessions) AS spot_sessions, sum(clicks) AS spot_clicks,
         arraySlice(arraySort(groupUniqArrayMerge(20)(examples)), 1, 5) AS spot_examples
  FROM minwon_ux.daily_click_spots
  WHERE ${ROLLUP_FILTER}
  GROUP BY path, element
) AS c
LEFT JOIN (
  SELECT page AS path, sum(length(session_hashes)) AS visitors FROM minwon_ux.daily_pages FINAL
  WHERE ${ROLLUP_FILTER} AND page IN (SELECT path FROM minwon_ux.daily_click_spots WHERE ${ROLLUP_FILTER})
  GROUP BY page
) AS p ON p.path = c.path
ORDER BY sessions DESC, path, element`;

export interface ClickHotSpotRow {
  path: string;
  element: string;
  rage_sessions: number;
  dead_sessions: number;
  sessions: number;
  clicks: number;
  page_sessions: number;
  examples: string[];
}

/** A hot spot: ≥ 5 sessions and ≥ 5 % of the page's sessions rage- or dead-click the same element. */
export const HOT_SPOT_MIN_SESSIONS = 5;
export const HOT_SPOT_MIN_SHARE = 0.05;

/**
 * Finds elements people click in frustration (rage clicks) or that look clickable and do nothing
 * (dead clicks).
 *
 * @example
 * await detectClickHotSpots(store, filters);
 */
export async function detectClickHotSpots(store: Store, f: QueryFilters): Promise<Insight[]> {
  return clickHotSpotInsights(await runQuery<ClickHotSpotRow>(store, CLICK_HOT_SPOTS_SQL, filterParams(f)));
}

/** The insights `CLICK_HOT_SPOTS_SQL` rows make (shared with the archive). */
export function clickHotSpotInsights(rows: ClickHotSpotRow[]): Insight[] {
  return rows
    .filter((r) => {
      const population = Math.max(r.page_sessions, r.sessions);
      return r.sessions >= HOT_SPOT_MIN_SESSIONS && r.sessions / population >= HOT_SPOT_MIN_SHARE;
    })
    .map((r) => {
      const where = `${r.path} ${r.element}`;
      const insight = makeInsight('click_hot_spot', [r.path, r.element], {
        title: { ko: `반복·무반응 클릭 지점: ${where}`, en: `Rage/dead-click hot spot: ${where}` },
        target: { path: r.path, element: r.element },
        affectedSessions: r.sessions,
        population: Math.max(r.page_sessions, r.sessions),
        evidence: {
          chart: 'pages.clicks',
          metrics: { rageSessions: r.rage_sessions, deadSessions: r.dead_sessions, clicks: r.clicks },
        },
        recommendation: {
          ko: `'${r.element}'(${r.path})을 여러 번 누르거나 눌러도 반응이 없다고 느낍니다. 누르면 곧바로 진행 상태를 보여 주고(KRDS 버튼·로딩 상태), 누를 수 없는 요소는 버튼처럼 보이지 않게 하며, 동작 결과를 상태 메시지로 알려 주세요(WCAG 4.1.3 상태 메시지, 3.3.1).`,
          en: `People click '${r.element}' (${r.path}) repeatedly or get no response. Show progress immediately after a click (KRDS button and loading states), make non-interactive elements not look like buttons, and announce the result as a status message (WCAG 4.1.3 Status Messages, 3.3.1).`,
          basis: ['KRDS button', 'WCAG 4.1.3', 'WCAG 3.3.1'],
        },
      });
      return { ...insight, exampleSessions: r.examples.map((sessionId) => ({ sessionId, replay: false })) };
    });
}
