import { HUNTING, huntingSessions } from '../../detectors/menu-hunting.ts';
import { defineSource } from '../source-descriptor.ts';
import { EVENT_DAYS_FILTER, NO_HIST } from './day-filter.ts';

/**
 * `hunting` rows from one pass over the day's menu, quick-back, search and form-start events
 * (huntingSessions, as MENU_HUNTING_SQL and MENU_DETOURS_SQL): the row with an empty key holds the
 * menu users and each hunting pattern's sessions, examples 5 hunting sessions; a row keyed
 * [branch opened, item then clicked] holds the sessions that took that detour (`detour_sessions`).
 */
export const HUNTING_INPUTS = defineSource(
  {
    menu_sessions: 'countIf(empty(key))',
    /** a branch opened off the path of the item then clicked */
    wrong_branch: 'countIf(empty(key) AND wrong_opens > 0)',
    /** back to the menu for another item before the form */
    backtracked: 'countIf(empty(key) AND backtracks > 0)',
    click_then_back: 'countIf(empty(key) AND click_back_level = 2)',
    menu_then_search: 'countIf(empty(key) AND menu_search_level = 2)',
    hunting: `countIf(empty(key) AND (${HUNTING}))`,
    /** on a detour's row: the sessions that took it */
    detour_sessions: 'countIf(notEmpty(key))',
  },
  (counts) => `
SELECT day, device, key, '' AS label, ${counts} AS counts, ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b,
       arraySlice(arraySort(groupArrayIf(session_id, empty(key) AND (${HUNTING}))), 1, 5) AS examples
FROM (${huntingSessions(EVENT_DAYS_FILTER)})
ARRAY JOIN arrayPushFront(arrayMap(d -> [d.1, d.2], arrayDistinct(detours)), CAST([], 'Array(String)')) AS key
GROUP BY day, device, key`,
);
