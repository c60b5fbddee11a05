import type { MenuPath } from '@minwon-ux/api-contract';
import { menuPathSessions, SESSION_ROWS } from '../../src/insights/session-rows.ts';
import type { QueryFilters } from '../../src/insights/types.ts';
import type { Store } from '../../src/store/create-store.ts';
import { filterParams, runQuery } from '../../src/store/query.ts';

/**
 * The most common sequences of menu clicks in a session (first five clicks, in time order; ties by
 * label), from `session_facts`.
 */
export const MENU_PATHS_SQL = `
SELECT labels, count() AS sessions
FROM (${menuPathSessions(SESSION_ROWS)})
GROUP BY labels ORDER BY sessions DESC, labels LIMIT 15`;

export type { MenuPath };

/** Top menu-click paths. */
export function queryMenuPaths(store: Store, f: QueryFilters): Promise<MenuPath[]> {
  return runQuery<MenuPath>(store, MENU_PATHS_SQL, filterParams(f));
}
