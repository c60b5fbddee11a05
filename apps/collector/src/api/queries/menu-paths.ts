import { EVENT_FILTER, filterParams, runQuery } from '../../insights/query.ts';
import type { QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';

/** The most common sequences of menu clicks in a session (first five clicks). */
export const MENU_PATHS_SQL = `
SELECT labels, count() AS sessions
FROM (
  SELECT session_id, arraySlice(arrayMap(x -> x.2, arraySort(groupArray((ts, menu_label)))), 1, 5) AS labels
  FROM minwon_ux.events WHERE ${EVENT_FILTER} AND kind = 'menu_click'
  GROUP BY session_id
)
GROUP BY labels ORDER BY sessions DESC, labels LIMIT 15`;

export interface MenuPath {
  labels: string[];
  sessions: number;
}

/** Top menu-click paths. */
export function queryMenuPaths(store: Store, f: QueryFilters): Promise<MenuPath[]> {
  return runQuery<MenuPath>(store, MENU_PATHS_SQL, filterParams(f));
}
