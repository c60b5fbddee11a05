import { huntingSessions } from '../../detectors/menu-hunting.ts';
import { defineSource } from '../source-descriptor.ts';
import { EVENT_DAYS_FILTER, NO_EXAMPLES, NO_HIST } from './day-filter.ts';

/**
 * `menu_detour` rows, key [branch opened, item then clicked]: the sessions that opened a menu branch
 * off the path of the item they clicked next (huntingSessions' `detours`), for the menu-hunting
 * evidence (the path taken vs the one intended).
 */
export const MENU_DETOUR_INPUTS = defineSource(
  { sessions: 'uniqExact(session_id)' },
  (counts) => `
SELECT day, device, [d.1, d.2] AS key, '' AS label, ${counts} AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b, ${NO_EXAMPLES} AS examples
FROM (${huntingSessions(EVENT_DAYS_FILTER)}) ARRAY JOIN detours AS d
GROUP BY day, device, d.1, d.2`,
);
