import { defineSource } from '../source-descriptor.ts';
import { DAYS_FILTER, NO_EXAMPLES, NO_HIST } from './day-filter.ts';

/**
 * `menu_use` rows, key [menu_depth, ...menu_trail, menu_label], label the smallest target path
 * (daily_menus; the menus page's items, and unused menu items summed over depth).
 */
export const MENU_USE_INPUTS = defineSource(
  {
    opens: 'sum(opens)',
    clicks: 'sum(clicks)',
    sessions: 'sum(length(session_hashes))',
  },
  (counts) => `
SELECT day, device, arrayConcat([toString(menu_depth)], menu_trail, [menu_label]) AS key, min(target_path) AS label,
       ${counts} AS counts, ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b, ${NO_EXAMPLES} AS examples
FROM minwon_ux.daily_menus FINAL WHERE ${DAYS_FILTER}
GROUP BY day, device, menu_trail, menu_label, menu_depth`,
);
