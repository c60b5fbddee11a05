import type { Store } from '../../store/create-store.ts';
import { filterParams, runQuery } from '../../store/query.ts';
import { makeInsight } from '../make-insight.ts';
import { SESSION_ROWS } from '../session-rows.ts';
import type { Insight, QueryFilters } from '../types.ts';

/** Whether the session (a menuClicks row) came back quickly (a quick back) within 30 s of `click`. */
export const BACK_AFTER_CLICK = 'arrayExists(q -> q >= click.1 AND q <= click.1 + toIntervalSecond(30), backs_all)';

/**
 * The sessions (and days) with menu clicks in `rows` (SESSION_ROWS or another `sessionRows`), each
 * click as `click` (ts, label, trail, target path) next to the session's `backs_all` (quick backs).
 */
export function menuClicks(rows: string): string {
  return `SELECT day, device, session_id, backs_all, click
  FROM (SELECT day, device, session_id, clicks_all, backs_all FROM (${rows}) WHERE length(clicks_all) > 0)
  ARRAY JOIN clicks_all AS click`;
}

/**
 * Per menu item: clicks, clicking sessions, and sessions whose next quick back came within 30 s of
 * the click (any of the session's quick backs in [click, click + 30 s]), from `session_facts`.
 */
export const MISLEADING_MENU_ITEMS_SQL = `
SELECT click.3 AS menu_trail, click.2 AS menu_label, min(click.4) AS target_path,
       count() AS clicks, uniqExact(session_id) AS sessions,
       uniqExactIf(session_id, ${BACK_AFTER_CLICK}) AS back_sessions
FROM (${menuClicks(SESSION_ROWS)})
GROUP BY menu_trail, menu_label
ORDER BY back_sessions DESC, menu_label`;

export interface MisleadingMenuItemRow {
  menu_trail: string[];
  menu_label: string;
  target_path: string;
  clicks: number;
  sessions: number;
  back_sessions: number;
}

/** Misleading: ≥ 10 clicking sessions and ≥ 25 % of them come straight back. */
export const MISLEADING_MIN_SESSIONS = 10;
export const MISLEADING_MIN_SHARE = 0.25;

/**
 * Finds menu items whose label promises something the page does not deliver: a high share of
 * clicks end in a quick back.
 *
 * @example
 * await detectMisleadingMenuItems(store, filters);
 */
export async function detectMisleadingMenuItems(store: Store, f: QueryFilters): Promise<Insight[]> {
  return misleadingMenuItemInsights(
    await runQuery<MisleadingMenuItemRow>(store, MISLEADING_MENU_ITEMS_SQL, filterParams(f)),
  );
}

/** The insights `MISLEADING_MENU_ITEMS_SQL` rows make (shared with the archive). */
export function misleadingMenuItemInsights(rows: MisleadingMenuItemRow[]): Insight[] {
  return rows
    .filter((r) => r.sessions >= MISLEADING_MIN_SESSIONS && r.back_sessions / r.sessions >= MISLEADING_MIN_SHARE)
    .map((r) => {
      const label = [...r.menu_trail, r.menu_label].join(' › ');
      return makeInsight('misleading_menu_item', [label], {
        title: { ko: `헷갈리는 메뉴 이름: ${label}`, en: `Misleading menu item: ${label}` },
        target: { menuLabel: r.menu_label, menuTrail: r.menu_trail, path: r.target_path },
        affectedSessions: r.back_sessions,
        population: r.sessions,
        evidence: {
          chart: 'menus.treemap',
          metrics: {
            clicks: r.clicks,
            sessions: r.sessions,
            quickBackSessions: r.back_sessions,
            targetPath: r.target_path,
          },
        },
        recommendation: {
          ko: `'${label}'를 누른 사람 중 ${Math.round((r.back_sessions / r.sessions) * 100)}%가 곧바로 되돌아갑니다. 메뉴 이름을 그 페이지가 실제로 제공하는 민원을 설명하는 말로 바꾸고(카드 소팅·트리 테스트로 확인), 비슷한 이름의 메뉴와 구분되게 하세요(KRDS 주 메뉴, WCAG 2.4.4 링크 목적, 2.4.8 위치).`,
          en: `${Math.round((r.back_sessions / r.sessions) * 100)}% of people who click '${label}' come straight back. Rename it after what the page actually offers (check with a card sort or tree test) and make it distinct from similar items (KRDS main menu, WCAG 2.4.4 Link Purpose, 2.4.8 Location).`,
          basis: ['KRDS main menu', 'WCAG 2.4.4', 'WCAG 2.4.8'],
        },
      });
    });
}
