import { DAYS_FILTER, NO_EXAMPLES, NO_HIST } from './day-filter.ts';

/** `menu_item` rows, key [...menu_trail, menu_label]: counts [clicks, clicking sessions] (daily_menus). */
export const MENU_ITEM_INPUTS_SQL = `
SELECT day, device, arrayConcat(menu_trail, [menu_label]) AS key, '' AS label,
       [sum(clicks), sum(length(session_hashes))] AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b, ${NO_EXAMPLES} AS examples
FROM minwon_ux.daily_menus FINAL WHERE ${DAYS_FILTER}
GROUP BY day, device, menu_trail, menu_label`;
