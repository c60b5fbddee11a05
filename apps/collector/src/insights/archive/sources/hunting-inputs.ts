import { HUNTING, huntingSessions } from '../../detectors/menu-hunting.ts';
import { sessionRows } from '../../session-rows.ts';
import { defineSource } from '../source-descriptor.ts';
import { DAYS_FILTER, NO_HIST } from './day-filter.ts';

/** `hunting` rows, no key, examples 5 hunting sessions (session_facts, as MENU_HUNTING_SQL). */
export const HUNTING_INPUTS = defineSource(
  {
    menu_sessions: 'count()',
    /** ≥ 3 menus before the goal */
    many_menus: 'countIf(before_goal >= 3)',
    click_then_back: 'countIf(click_back_level = 2)',
    menu_then_search: 'countIf(menu_search_level = 2)',
    hunting: `countIf(${HUNTING})`,
  },
  (counts) => `
SELECT day, device, CAST([], 'Array(String)') AS key, '' AS label, ${counts} AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b,
       arraySlice(arraySort(groupArrayIf(session_id, ${HUNTING})), 1, 5) AS examples
FROM (${huntingSessions(sessionRows(DAYS_FILTER))})
GROUP BY day, device`,
);
