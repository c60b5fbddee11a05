import { defineSource } from '../source-descriptor.ts';
import { DAYS_FILTER, NO_EXAMPLES, NO_HIST } from './day-filter.ts';

/** `element_click` rows, key [path, element key], label the element's (daily_element_clicks, 0060). */
export const ELEMENT_CLICK_INPUTS = defineSource(
  {
    clicks: 'sum(clicks)',
    dead: 'sum(dead)',
    dead_sessions: 'length(groupUniqArrayArray(dead_hashes))',
    click_sessions: 'length(groupUniqArrayArray(session_hashes))',
    depth_sum: 'sum(depth_sum)',
  },
  (counts) => `
SELECT day, device, [path, element_key] AS key, max(label) AS label, ${counts} AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b, ${NO_EXAMPLES} AS examples
FROM minwon_ux.daily_element_clicks WHERE ${DAYS_FILTER}
GROUP BY day, device, path, element_key`,
);
