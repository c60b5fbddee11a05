import { BACK_AFTER_CLICK, menuClicks } from '../../detectors/misleading-menu-items.ts';
import { sessionRows } from '../../session-rows.ts';
import { defineSource } from '../source-descriptor.ts';
import { DAYS_FILTER, NO_EXAMPLES, NO_HIST } from './day-filter.ts';

/**
 * `menu_click` rows, key [...menu_trail, menu_label], label the smallest target path (min, so that days
 * combine as the detector's range does) (session_facts, as MISLEADING_MENU_ITEMS_SQL).
 */
export const MENU_CLICK_INPUTS = defineSource(
  {
    clicks: 'count()',
    sessions: 'uniqExact(session_id)',
    /** sessions back within 30 s */
    back_sessions: `uniqExactIf(session_id, ${BACK_AFTER_CLICK})`,
  },
  (counts) => `
SELECT day, device, arrayConcat(click.3, [click.2]) AS key, min(click.4) AS label, ${counts} AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b, ${NO_EXAMPLES} AS examples
FROM (${menuClicks(sessionRows(DAYS_FILTER))})
GROUP BY day, device, key`,
);
