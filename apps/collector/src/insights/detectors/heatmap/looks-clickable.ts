import type { Store } from '../../../store/create-store.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../../store/query.ts';
import { makeInsight } from '../../make-insight.ts';
import type { Insight, QueryFilters } from '../../types.ts';

/**
 * Per page element (daily_element_clicks, 0060): clicks, dead clicks and the sessions with a dead
 * click on it (counted per day, as the archive counts), with the page's visiting sessions.
 */
export const LOOKS_CLICKABLE_SQL = `
SELECT e.path AS path, e.element_key AS element_key, e.label AS label, e.clicks AS clicks, e.dead AS dead,
       e.dead_sessions AS dead_sessions, ifNull(p.sessions, 0) AS page_sessions
FROM (
  SELECT path, element_key, max(label) AS label, sum(clicks) AS clicks, sum(dead) AS dead,
         sum(length(dead_hashes)) AS dead_sessions
  FROM minwon_ux.daily_element_clicks FINAL
  WHERE ${ROLLUP_FILTER}
  GROUP BY path, element_key
  HAVING dead_sessions > 0
) AS e
LEFT JOIN (
  SELECT page AS path, sum(length(session_hashes)) AS sessions FROM minwon_ux.daily_pages FINAL
  WHERE ${ROLLUP_FILTER} AND page IN (SELECT path FROM minwon_ux.daily_element_clicks WHERE ${ROLLUP_FILTER})
  GROUP BY page
) AS p ON p.path = e.path
ORDER BY dead_sessions DESC, path, element_key`;

export interface LooksClickableRow {
  path: string;
  element_key: string;
  label: string;
  clicks: number;
  dead: number;
  dead_sessions: number;
  page_sessions: number;
}

/** At least this many sessions clicked it in vain… */
export const LOOKS_CLICKABLE_MIN_SESSIONS = 5;
/** …and at least this share of its clicks did nothing. */
export const LOOKS_CLICKABLE_MIN_DEAD_SHARE = 0.5;

/**
 * "Looks clickable but is not": elements people click that do nothing for most clicks, in ≥ 5 sessions.
 *
 * @example
 * await detectLooksClickable(store, filters);
 */
export async function detectLooksClickable(store: Store, f: QueryFilters): Promise<Insight[]> {
  return looksClickableInsights(await runQuery<LooksClickableRow>(store, LOOKS_CLICKABLE_SQL, filterParams(f)));
}

/** The insights LOOKS_CLICKABLE_SQL's rows make (shared with the archive). */
export function looksClickableInsights(rows: LooksClickableRow[]): Insight[] {
  return rows
    .filter(
      (r) =>
        r.dead_sessions >= LOOKS_CLICKABLE_MIN_SESSIONS &&
        r.dead / Math.max(r.clicks, r.dead) >= LOOKS_CLICKABLE_MIN_DEAD_SHARE,
    )
    .map((r) => {
      const name = r.label ? `'${r.label}'` : r.element_key;
      const deadShare = Math.round((r.dead / Math.max(r.clicks, r.dead)) * 100);
      return makeInsight('looks_clickable', [r.path, r.element_key], {
        title: {
          ko: `눌러도 반응이 없는 요소: ${name} (${r.path})`,
          en: `Looks clickable but is not: ${name} (${r.path})`,
        },
        target: { path: r.path, element: r.element_key },
        affectedSessions: r.dead_sessions,
        population: Math.max(r.page_sessions, r.dead_sessions),
        evidence: {
          chart: 'pages.clicks',
          metrics: { deadSessions: r.dead_sessions, deadClicks: r.dead, clicks: r.clicks, deadSharePct: deadShare },
        },
        recommendation: {
          ko: `${r.path}의 ${name}을(를) ${r.dead_sessions}개 세션에서 눌렀지만 클릭의 ${deadShare}%는 아무 일도 일어나지 않았습니다. 누를 수 있어야 한다면 링크나 버튼으로 만들고(KRDS 버튼·링크), 아니라면 밑줄·버튼 모양·손가락 커서처럼 눌러야 할 것 같은 표시를 없애세요(WCAG 1.3.1, 4.1.2).`,
          en: `${name} on ${r.path} was clicked in ${r.dead_sessions} sessions, and ${deadShare}% of the clicks did nothing. If it should act, make it a real link or button (KRDS button and link); if not, remove what makes it look clickable — underline, button shape, pointer cursor (WCAG 1.3.1, 4.1.2).`,
          basis: ['KRDS button', 'WCAG 1.3.1', 'WCAG 4.1.2'],
        },
      });
    });
}
