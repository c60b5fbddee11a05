import type { Store } from '../../../store/create-store.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../../store/query.ts';
import { makeInsight } from '../../make-insight.ts';
import type { Insight, QueryFilters } from '../../types.ts';

/** The depths reach is counted at: sessions whose deepest scroll was ≥ 0, 10, …, 100 %. */
const STEPS = Array.from({ length: 11 }, (_, i) => i * 10);

/**
 * Per clicked page element (daily_element_clicks, 0060): clicks, the sessions that clicked it and its
 * depth on the page; with the page's sessions by the deepest point they reached (daily_scroll_sessions,
 * 0061), as sessions reaching each 10 %. Sessions are counted per day, as the archive counts them.
 */
export const UNSEEN_CONTENT_SQL = `
SELECT e.path AS path, e.element_key AS element_key, e.label AS label, e.clicks AS clicks,
       e.click_sessions AS click_sessions, e.depth_sum AS depth_sum, s.reach AS reach
FROM (
  SELECT path, element_key, max(label) AS label, sum(clicks) AS clicks,
         sum(length(session_hashes)) AS click_sessions, sum(depth_sum) AS depth_sum
  FROM minwon_ux.daily_element_clicks FINAL
  WHERE ${ROLLUP_FILTER}
  GROUP BY path, element_key
  HAVING clicks > 0
) AS e
INNER JOIN (
  SELECT path, [${STEPS.map((d) => `sum(max_scroll_pct >= ${d})`).join(', ')}] AS reach
  FROM minwon_ux.daily_scroll_sessions FINAL
  WHERE ${ROLLUP_FILTER}
  GROUP BY path
) AS s ON s.path = e.path
ORDER BY path, element_key`;

export interface UnseenContentRow {
  path: string;
  element_key: string;
  label: string;
  clicks: number;
  click_sessions: number;
  depth_sum: number;
  /** Sessions whose deepest scroll on the page reached 0, 10, …, 100 %. */
  reach: number[];
}

/** Enough sessions with a scroll depth on the page to judge its reach. */
export const UNSEEN_MIN_PAGE_SESSIONS = 20;
/** The element matters: this many sessions used it… */
export const UNSEEN_MIN_CLICK_SESSIONS = 5;
/** …and this share of the sessions that scrolled to it did. */
export const UNSEEN_MIN_USE_RATE = 0.2;
/** Most sessions stop above it: fewer than this share scroll to its depth. */
export const UNSEEN_MAX_REACH = 0.5;

/**
 * "Important content below where most people stop": elements that those who scroll to them use (≥ 20 %
 * of them, ≥ 5 sessions) but that most sessions never scroll to (< 50 % reach their depth, taken at
 * the 10 % step at or above the element's mean depth).
 *
 * @example
 * await detectUnseenContent(store, filters);
 */
export async function detectUnseenContent(store: Store, f: QueryFilters): Promise<Insight[]> {
  return unseenContentInsights(await runQuery<UnseenContentRow>(store, UNSEEN_CONTENT_SQL, filterParams(f)));
}

/** The insights UNSEEN_CONTENT_SQL's rows make (shared with the archive). */
export function unseenContentInsights(rows: UnseenContentRow[]): Insight[] {
  const found: Insight[] = [];
  for (const r of rows) {
    const total = Number(r.reach[0] ?? 0);
    const depth = Math.round(Number(r.depth_sum) / r.clicks);
    const reached = Number(r.reach[Math.min(10, Math.floor(depth / 10))] ?? 0);
    const reach = total > 0 ? reached / total : 1;
    const useRate = Math.min(1, r.click_sessions / Math.max(reached, 1));
    if (total < UNSEEN_MIN_PAGE_SESSIONS || r.click_sessions < UNSEEN_MIN_CLICK_SESSIONS) continue;
    if (reach >= UNSEEN_MAX_REACH || useRate < UNSEEN_MIN_USE_RATE) continue;
    const name = r.label ? `'${r.label}'` : r.element_key;
    const reachPct = Math.round(reach * 100);
    const usePct = Math.round(useRate * 100);
    found.push(
      makeInsight('unseen_content', [r.path, r.element_key], {
        title: {
          ko: `대부분이 보지 못하는 아래쪽 요소: ${name} (${r.path})`,
          en: `Used content below where most people stop: ${name} (${r.path})`,
        },
        target: { path: r.path, element: r.element_key },
        affectedSessions: total - reached,
        population: total,
        evidence: {
          chart: 'pages.clicks',
          metrics: {
            depthPct: depth,
            reachPct,
            useRatePct: usePct,
            clickSessions: r.click_sessions,
            pageSessions: total,
          },
        },
        recommendation: {
          ko: `${name}은(는) 페이지 ${depth}% 깊이에 있어 ${reachPct}%의 세션만 그 위치까지 스크롤합니다. 그런데 그 위치까지 온 세션의 ${usePct}%가 이 요소를 사용합니다. 위쪽으로 옮기거나, 첫 화면에 바로가기·요약을 두세요(KRDS 콘텐츠 구성, WCAG 2.4.5 여러 가지 방법).`,
          en: `${name} sits at ${depth}% of the page's depth and only ${reachPct}% of sessions scroll that far, yet ${usePct}% of those who do use it. Move it up, or put a shortcut or summary in the first screen (KRDS content layout, WCAG 2.4.5 Multiple Ways).`,
          basis: ['KRDS content layout', 'WCAG 2.4.5'],
        },
      }),
    );
  }
  return found;
}
