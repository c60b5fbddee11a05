import type { Store } from '../../store/create-store.ts';
import { makeInsight } from '../make-insight.ts';
import { filterParams, runQuery } from '../query.ts';
import { SESSION_ROWS } from '../session-rows.ts';
import type { Insight, QueryFilters } from '../types.ts';

/** A session hunts: ≥ 3 menu uses before the goal, a quick back after a menu click, or a search after menu use. */
export const HUNTING = 'before_goal >= 3 OR click_back_level = 2 OR menu_search_level = 2';

/**
 * Each session (and day) with menu use in `rows` (SESSION_ROWS or another `sessionRows`): `day`,
 * `device`, `session_id`, `before_goal` (menu opens/clicks before the goal: the first form_start, all
 * of them when the session never reached one), `click_back_level` (2 = a menu click followed by a
 * quick back within 30 s), `menu_search_level` (2 = menu use followed by a site search within 60 s).
 */
export function huntingSessions(rows: string): string {
  return `SELECT day, device, session_id,
         arrayCount(t -> goal = toDateTime64(0, 3, 'UTC') OR t < goal, menus) AS before_goal,
         click_back_level, menu_search_level
  FROM (${rows})
  WHERE length(menus) > 0`;
}

/** Menu users and how many show each hunting pattern (huntingSessions), with 5 example sessions. */
export const MENU_HUNTING_SQL = `
SELECT count() AS menu_sessions,
       countIf(before_goal >= 3) AS many_menus,
       countIf(click_back_level = 2) AS click_then_back,
       countIf(menu_search_level = 2) AS menu_then_search,
       countIf(${HUNTING}) AS hunting,
       arraySlice(arraySort(groupArrayIf(session_id, ${HUNTING})), 1, 5) AS examples
FROM (${huntingSessions(SESSION_ROWS)})`;

export interface MenuHuntingRow {
  menu_sessions: number;
  many_menus: number;
  click_then_back: number;
  menu_then_search: number;
  hunting: number;
  examples: string[];
}

/** Hunting is a site-level insight when ≥ 5 sessions and ≥ 15 % of menu users show a pattern. */
export const HUNTING_MIN_SESSIONS = 5;
export const HUNTING_MIN_SHARE = 0.15;

/**
 * Finds menu hunting: ≥ 3 menu opens/clicks before the goal, a quick back right after a menu click,
 * or a site search soon after using the menu (WCAG 2.4.5 Multiple Ways, 2.4.8 Location).
 *
 * @example
 * await detectMenuHunting(store, filters);
 */
export async function detectMenuHunting(store: Store, f: QueryFilters): Promise<Insight[]> {
  const [r] = await runQuery<MenuHuntingRow>(store, MENU_HUNTING_SQL, filterParams(f));
  return r ? menuHuntingInsights(r) : [];
}

/** The insight a `MENU_HUNTING_SQL` row makes, if its counts pass the thresholds (shared with the archive). */
export function menuHuntingInsights(r: MenuHuntingRow): Insight[] {
  if (r.hunting < HUNTING_MIN_SESSIONS || r.hunting / Math.max(1, r.menu_sessions) < HUNTING_MIN_SHARE) return [];
  const insight = makeInsight('menu_hunting', ['site'], {
    title: { ko: '메뉴에서 길을 찾아 헤매는 이용자', en: 'People hunt through the menu' },
    target: {},
    affectedSessions: r.hunting,
    population: r.menu_sessions,
    evidence: {
      chart: 'menus.paths',
      metrics: {
        menuSessions: r.menu_sessions,
        threeOrMoreMenusBeforeGoal: r.many_menus,
        menuClickThenQuickBack: r.click_then_back,
        menuThenSearchWithin60s: r.menu_then_search,
      },
    },
    recommendation: {
      ko: '메뉴 이름이 이용자가 찾는 민원을 설명하지 못합니다. 자주 찾는 민원을 첫 화면과 KRDS 주 메뉴 상위에 이용자의 말로 배치하고, 검색·사이트맵 등 여러 찾기 방법을 제공하며(WCAG 2.4.5), 브레드크럼과 현재 메뉴 표시로 위치를 알려 주세요(KRDS 브레드크럼, WCAG 2.4.8).',
      en: "The menu labels do not describe what people look for. Put the most-sought services at the top of the KRDS main menu and the home page in citizens' words, offer several ways to find them (search, site map — WCAG 2.4.5), and show where people are with breadcrumbs and the current menu item (KRDS breadcrumb, WCAG 2.4.8).",
      basis: ['KRDS main menu', 'KRDS breadcrumb', 'WCAG 2.4.5', 'WCAG 2.4.8'],
    },
  });
  return [{ ...insight, exampleSessions: r.examples.map((sessionId) => ({ sessionId, replay: false })) }];
}
