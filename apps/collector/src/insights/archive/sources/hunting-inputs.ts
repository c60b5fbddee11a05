import { HUNTING, huntingSessions } from '../../detectors/menu-hunting.ts';
import { sessionRows } from '../../session-rows.ts';
import { DAYS_FILTER, NO_HIST } from './day-filter.ts';

/**
 * `hunting` rows, no key: counts [menu sessions, ≥ 3 menus before the goal, click then quick back,
 * menu then search, hunting sessions], examples 5 hunting sessions (session_facts, as MENU_HUNTING_SQL).
 */
export const HUNTING_INPUTS_SQL = `
SELECT day, device, CAST([], 'Array(String)') AS key, '' AS label,
       [count(), countIf(before_goal >= 3), countIf(click_back_level = 2), countIf(menu_search_level = 2),
        countIf(${HUNTING})] AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b,
       arraySlice(arraySort(groupArrayIf(session_id, ${HUNTING})), 1, 5) AS examples
FROM (${huntingSessions(sessionRows(DAYS_FILTER))})
GROUP BY day, device`;
