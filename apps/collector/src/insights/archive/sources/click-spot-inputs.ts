import { defineSource } from '../source-descriptor.ts';
import { DAYS_FILTER, NO_HIST } from './day-filter.ts';

/** `click_spot` rows, key [path, element], examples 5 sessions (daily_click_spots). */
export const CLICK_SPOT_INPUTS = defineSource(
  {
    rage_sessions: 'uniqExactMerge(rage_sessions)',
    dead_sessions: 'uniqExactMerge(dead_sessions)',
    sessions: 'uniqExactMerge(sessions)',
    clicks: 'sum(clicks)',
  },
  (counts) => `
SELECT day, device, [path, element] AS key, '' AS label, ${counts} AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b,
       arraySlice(arraySort(groupUniqArrayMerge(20)(examples)), 1, 5) AS examples
FROM minwon_ux.daily_click_spots WHERE ${DAYS_FILTER}
GROUP BY day, device, path, element`,
);
