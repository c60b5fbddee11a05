import { HUNTING, huntingSessions } from '../../detectors/menu-hunting.ts';
import { defineSource } from '../source-descriptor.ts';
import { EVENT_DAYS_FILTER, NO_HIST } from './day-filter.ts';

/** `hunting` rows, no key, examples 5 hunting sessions (the day's menu, quick-back, search and form-start events, as MENU_HUNTING_SQL). */
export const HUNTING_INPUTS = defineSource(
  {
    menu_sessions: 'count()',
    /** a branch opened off the path of the item then clicked */
    wrong_branch: 'countIf(wrong_opens > 0)',
    /** back to the menu for another item before the form */
    backtracked: 'countIf(backtracks > 0)',
    click_then_back: 'countIf(click_back_level = 2)',
    menu_then_search: 'countIf(menu_search_level = 2)',
    hunting: `countIf(${HUNTING})`,
  },
  (counts) => `
SELECT day, device, CAST([], 'Array(String)') AS key, '' AS label, ${counts} AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b,
       arraySlice(arraySort(groupArrayIf(session_id, ${HUNTING})), 1, 5) AS examples
FROM (${huntingSessions(EVENT_DAYS_FILTER)})
GROUP BY day, device`,
);
