import { DAYS_FILTER, NO_HIST } from './day-filter.ts';

/**
 * `click_spot` rows, key [path, element]: counts [rage sessions, dead sessions, sessions, clicks],
 * examples 5 sessions (daily_click_spots).
 */
export const CLICK_SPOT_INPUTS_SQL = `
SELECT day, device, [path, element] AS key, '' AS label,
       [uniqExactMerge(rage_sessions), uniqExactMerge(dead_sessions), uniqExactMerge(sessions), sum(clicks)] AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b,
       arraySlice(arraySort(groupUniqArrayMerge(20)(examples)), 1, 5) AS examples
FROM minwon_ux.daily_click_spots WHERE ${DAYS_FILTER}
GROUP BY day, device, path, element`;
