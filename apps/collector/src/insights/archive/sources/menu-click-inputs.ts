import { BACK_AFTER_CLICK, menuClicks } from '../../detectors/misleading-menu-items.ts';
import { sessionRows } from '../../session-rows.ts';
import { DAYS_FILTER, NO_EXAMPLES, NO_HIST } from './day-filter.ts';

/**
 * `menu_click` rows, key [...menu_trail, menu_label], label the smallest target path (min, so that days
 * combine as the detector's range does): counts [clicks, clicking
 * sessions, sessions back within 30 s] (session_facts, as MISLEADING_MENU_ITEMS_SQL).
 */
export const MENU_CLICK_INPUTS_SQL = `
SELECT day, device, arrayConcat(click.3, [click.2]) AS key, min(click.4) AS label,
       [count(), uniqExact(session_id), uniqExactIf(session_id, ${BACK_AFTER_CLICK})] AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b, ${NO_EXAMPLES} AS examples
FROM (${menuClicks(sessionRows(DAYS_FILTER))})
GROUP BY day, device, key`;
