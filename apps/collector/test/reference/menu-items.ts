import type { MenuItemUse } from '@minwon-ux/api-contract';
import type { QueryFilters } from '../../src/insights/types.ts';
import type { Store } from '../../src/store/create-store.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../src/store/query.ts';

export const MENU_ITEMS_SQL = `
SELECT menu_trail AS trail, menu_label AS label, menu_depth AS depth, min(target_path) AS target,
       sum(opens) AS opens, sum(clicks) AS clicks, sum(length(session_hashes)) AS sessions
FROM minwon_ux.daily_menus FINAL WHERE ${ROLLUP_FILTER}
GROUP BY menu_trail, menu_label, menu_depth
ORDER BY clicks + opens DESC, label, trail, depth LIMIT 500`;

export type { MenuItemUse };

/** Menu use per item (the treemap's data), from the daily menu rollup. */
export function queryMenuItems(store: Store, f: QueryFilters): Promise<MenuItemUse[]> {
  return runQuery<MenuItemUse>(store, MENU_ITEMS_SQL, filterParams(f));
}
