import { defineSource } from '../source-descriptor.ts';
import { DAYS_FILTER, NO_EXAMPLES, NO_HIST } from './day-filter.ts';

/** Sessions whose deepest scroll on the page reached d %, for d = 0, 10, …, 100. */
const reach = (d: number) => `countIf(max_scroll_pct >= ${d})`;

/**
 * `scroll_reach` rows, key [path], for pages with clicked elements (the unseen-content detector's
 * reach): sessions reaching each 10 % of depth (daily_scroll_sessions, 0061).
 */
export const SCROLL_REACH_INPUTS = defineSource(
  {
    reach_0: reach(0),
    reach_10: reach(10),
    reach_20: reach(20),
    reach_30: reach(30),
    reach_40: reach(40),
    reach_50: reach(50),
    reach_60: reach(60),
    reach_70: reach(70),
    reach_80: reach(80),
    reach_90: reach(90),
    reach_100: reach(100),
  },
  (counts) => `
SELECT day, device, [path] AS key, '' AS label, ${counts} AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b, ${NO_EXAMPLES} AS examples
FROM minwon_ux.daily_scroll_sessions FINAL
WHERE ${DAYS_FILTER} AND path IN (SELECT path FROM minwon_ux.daily_element_clicks WHERE site_id = {site:String})
GROUP BY day, device, path`,
);
