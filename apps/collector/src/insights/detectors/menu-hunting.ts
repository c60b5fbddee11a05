import type { Store } from '../../store/create-store.ts';
import { EVENT_FILTER, filterParams, runQuery } from '../../store/query.ts';
import { makeInsight } from '../make-insight.ts';
import type { Insight, QueryFilters } from '../types.ts';

/**
 * A session hunts when it opened a wrong branch (a menu it opened was not on the path of the item it
 * then clicked), backtracked (clicked a menu item, then went back to the menu for another before
 * starting the form), clicked a menu item and came straight back (quick back within 30 s), or
 * searched the site soon after using the menu (60 s). The depth of the right path is not hunting:
 * open, open, click through a 3-level KRDS menu is the shortest way to a service.
 */
export const HUNTING = 'wrong_opens > 0 OR backtracks > 0 OR click_back_level = 2 OR menu_search_level = 2';

/**
 * Each session (and day) with menu use among the events `filter` keeps (an events filter): `day`,
 * `device`, `session_id`, `menu_uses` (opens and clicks), `wrong_opens` (menu opens before the goal —
 * the first form_start, or the session's end — whose label is not on the trail of the next menu
 * click: branches opened on the way that led elsewhere), `detours` (those opens as (opened label,
 * clicked label) pairs), `backtracks` (in a session that started a form: menu clicks before it on
 * another item than the last one before it), `click_back_level` and `menu_search_level`
 * (windowFunnel levels, 2 = the pattern happened).
 */
export function huntingSessions(filter: string): string {
  return `SELECT day, device, session_id, menu_uses, click_back_level, menu_search_level,
         arrayFilter(p -> p.2.1 > toDateTime64(0, 3, 'UTC') AND (goal = toDateTime64(0, 3, 'UTC') OR p.2.1 <= goal)
                       AND NOT has(arrayPushBack(p.2.3, p.2.2), p.1),
                     arrayMap(o -> (o.2, arrayFirst(c -> c.1 >= o.1, clicks)), opens)) AS wrong,
         length(wrong) AS wrong_opens,
         arrayMap(p -> (p.1, p.2.2), wrong) AS detours,
         if(goal = toDateTime64(0, 3, 'UTC'), 0,
            arrayCount(c -> c.1 < goal AND c.2 != arrayLast(x -> x.1 < goal, clicks).2, clicks)) AS backtracks
  FROM (
    SELECT toDate(ts) AS day, device, session_id,
           minIf(ts, kind = 'form_start') AS goal,
           countIf(kind IN ('menu_open', 'menu_click')) AS menu_uses,
           arraySort(x -> x.1, groupArrayIf((ts, menu_label, menu_trail), kind = 'menu_click')) AS clicks,
           groupArrayIf((ts, menu_label), kind = 'menu_open') AS opens,
           windowFunnel(30)(toDateTime(ts), kind = 'menu_click', kind = 'quick_back') AS click_back_level,
           windowFunnel(60)(toDateTime(ts), kind IN ('menu_open', 'menu_click'), kind = 'site_search') AS menu_search_level
    FROM minwon_ux.events
    WHERE ${filter} AND kind IN ('menu_open', 'menu_click', 'quick_back', 'site_search', 'form_start')
    GROUP BY day, device, session_id
  )
  WHERE menu_uses > 0`;
}

/** Menu users and how many show each hunting pattern (huntingSessions), with 5 example sessions. */
export const MENU_HUNTING_SQL = `
SELECT count() AS menu_sessions,
       countIf(wrong_opens > 0) AS wrong_branch,
       countIf(backtracks > 0) AS backtracked,
       countIf(click_back_level = 2) AS click_then_back,
       countIf(menu_search_level = 2) AS menu_then_search,
       countIf(${HUNTING}) AS hunting,
       arraySlice(arraySort(groupArrayIf(session_id, ${HUNTING})), 1, 5) AS examples
FROM (${huntingSessions(EVENT_FILTER)})`;

/**
 * The most frequent detours: (branch opened, item then clicked) with the sessions that took each,
 * most first (at most 5).
 */
export const MENU_DETOURS_SQL = `
SELECT d.1 AS opened, d.2 AS clicked, uniqExact(day, session_id) AS sessions
FROM (${huntingSessions(EVENT_FILTER)}) ARRAY JOIN detours AS d
GROUP BY opened, clicked
ORDER BY sessions DESC, opened, clicked
LIMIT 5`;

export interface MenuDetourRow {
  opened: string;
  clicked: string;
  sessions: number;
}

export interface MenuHuntingRow {
  menu_sessions: number;
  /** Sessions that opened a branch off the path of the item they then clicked. */
  wrong_branch: number;
  /** Sessions that clicked a menu item, then went back to the menu for another before the form. */
  backtracked: number;
  click_then_back: number;
  menu_then_search: number;
  hunting: number;
  examples: string[];
}

/** Hunting is a site-level insight when ≥ 5 sessions and ≥ 15 % of menu users show a pattern. */
export const HUNTING_MIN_SESSIONS = 5;
export const HUNTING_MIN_SHARE = 0.15;

/**
 * Finds menu hunting: a wrong branch opened on the way to an item, backtracking to the menu for
 * another item before the form, a quick back right after a menu click, or a site search soon after
 * using the menu (WCAG 2.4.5 Multiple Ways, 2.4.8 Location).
 *
 * @example
 * await detectMenuHunting(store, filters);
 */
export async function detectMenuHunting(store: Store, f: QueryFilters): Promise<Insight[]> {
  const [r] = await runQuery<MenuHuntingRow>(store, MENU_HUNTING_SQL, filterParams(f));
  const detours = await runQuery<MenuDetourRow>(store, MENU_DETOURS_SQL, filterParams(f));
  return r ? menuHuntingInsights(r, detours) : [];
}

/** The insight a `MENU_HUNTING_SQL` row makes, if its counts pass the thresholds (shared with the archive). */
export function menuHuntingInsights(r: MenuHuntingRow, detours: MenuDetourRow[] = []): Insight[] {
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
        wrongBranchOpened: r.wrong_branch,
        menuBacktracked: r.backtracked,
        menuClickThenQuickBack: r.click_then_back,
        menuThenSearchWithin60s: r.menu_then_search,
      },
      details: { detours },
    },
    recommendation: {
      ko: '메뉴 이름이 이용자가 찾는 민원을 설명하지 못합니다. 자주 찾는 민원을 첫 화면과 KRDS 주 메뉴 상위에 이용자의 말로 배치하고, 검색·사이트맵 등 여러 찾기 방법을 제공하며(WCAG 2.4.5), 브레드크럼과 현재 메뉴 표시로 위치를 알려 주세요(KRDS 브레드크럼, WCAG 2.4.8).',
      en: "The menu labels do not describe what people look for. Put the most-sought services at the top of the KRDS main menu and the home page in citizens' words, offer several ways to find them (search, site map — WCAG 2.4.5), and show where people are with breadcrumbs and the current menu item (KRDS breadcrumb, WCAG 2.4.8).",
      basis: ['KRDS main menu', 'KRDS breadcrumb', 'WCAG 2.4.5', 'WCAG 2.4.8'],
    },
  });
  return [{ ...insight, exampleSessions: r.examples.map((sessionId) => ({ sessionId, replay: false })) }];
}
