import type { Store } from '../../store/create-store.ts';
import { filterParams, runQuery } from '../../store/query.ts';
import { makeInsight } from '../make-insight.ts';
import type { Insight, QueryFilters } from '../types.ts';

/**
 * Click share of each menu item among its siblings (same trail), and the sessions that used the
 * group. Items known from the 90 days before the range and not clicked in it count with 0 clicks.
 */
export const UNUSED_MENU_ITEMS_SQL = `
SELECT menu_trail, menu_label, clicks, group_clicks, group_sessions, group_items
FROM (
  SELECT menu_trail, menu_label, clicks,
         sum(clicks) OVER (PARTITION BY menu_trail) AS group_clicks,
         sum(sessions) OVER (PARTITION BY menu_trail) AS group_sessions,
         count() OVER (PARTITION BY menu_trail) AS group_items
  FROM (
    SELECT menu_trail, menu_label,
           sumIf(clicks, day >= {from:Date}) AS clicks,
           sumIf(length(session_hashes), day >= {from:Date}) AS sessions
    FROM minwon_ux.daily_menus FINAL
    WHERE site_id = {site:String} AND day BETWEEN {from:Date} - 90 AND {to:Date}
      AND ({device:String} = '' OR device = {device:String})
    GROUP BY menu_trail, menu_label
  )
)
WHERE group_items >= 3 AND group_clicks >= 100 AND clicks < 0.02 * group_clicks
ORDER BY group_sessions DESC, menu_label`;

export interface UnusedMenuItemRow {
  menu_trail: string[];
  menu_label: string;
  clicks: number;
  group_clicks: number;
  group_sessions: number;
  group_items: number;
}

/**
 * Finds menu items almost nobody clicks (< 2 % of their group's clicks, group ≥ 100 clicks): clutter
 * that every menu user has to read past.
 *
 * @example
 * await detectUnusedMenuItems(store, filters);
 */
export async function detectUnusedMenuItems(store: Store, f: QueryFilters): Promise<Insight[]> {
  return unusedMenuItemInsights(await runQuery<UnusedMenuItemRow>(store, UNUSED_MENU_ITEMS_SQL, filterParams(f)));
}

/** The insights `UNUSED_MENU_ITEMS_SQL` rows make (shared with the archive). */
export function unusedMenuItemInsights(rows: UnusedMenuItemRow[]): Insight[] {
  return rows.map((r) => {
    const label = [...r.menu_trail, r.menu_label].join(' › ');
    return makeInsight('unused_menu_item', [label], {
      title: { ko: `거의 쓰이지 않는 메뉴: ${label}`, en: `Unused menu item: ${label}` },
      target: { menuLabel: r.menu_label, menuTrail: r.menu_trail },
      affectedSessions: r.group_sessions,
      population: r.group_sessions,
      evidence: {
        chart: 'menus.treemap',
        metrics: { clicks: r.clicks, groupClicks: r.group_clicks, groupItems: r.group_items },
      },
      recommendation: {
        ko: `'${label}'는 같은 묶음 메뉴 클릭의 2% 미만입니다. 다른 메뉴와 합치거나 하위로 옮겨 주 메뉴를 단순하게 하고, 필요한 사람은 검색·사이트맵으로 찾을 수 있게 하세요(KRDS 주 메뉴, WCAG 2.4.5).`,
        en: `'${label}' gets under 2% of its group's clicks. Merge it or move it down a level to simplify the main menu, and keep it findable through search and the site map (KRDS main menu, WCAG 2.4.5).`,
        basis: ['KRDS main menu', 'WCAG 2.4.5'],
      },
    });
  });
}
