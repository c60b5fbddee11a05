import { pageDwells, STALLED } from '../../detectors/long-dwell.ts';
import { sessionRows } from '../../session-rows.ts';
import { defineSource } from '../source-descriptor.ts';
import { DAYS_FILTER, logHistogramIf } from './day-filter.ts';

/**
 * `dwell` rows, key [path], for the day's form pages (any device): hist_a engaged time of stalled
 * dwells, hist_b of all dwells, examples 5 stalled sessions (session_facts, as LONG_DWELL_SQL; a page
 * counts as a form page on the days a form starts or is submitted on it).
 */
export const DWELL_INPUTS = defineSource(
  {
    dwell_sessions: 'uniqExact(session_id)',
    stalled_sessions: 'uniqExactIf(session_id, stalled)',
  },
  (counts) => `
WITH ${STALLED} AS stalled
SELECT day, device, [dwell.1] AS key, '' AS label, ${counts} AS counts,
       ${logHistogramIf('dwell.2', 'stalled')} AS hist_a, ${logHistogramIf('dwell.2')} AS hist_b,
       arraySlice(arraySort(groupUniqArrayIf(20)(session_id, stalled)), 1, 5) AS examples
FROM (${pageDwells(sessionRows(DAYS_FILTER))})
WHERE (day, dwell.1) IN (SELECT day, arrayJoin(groupUniqArrayArray(form_paths)) FROM minwon_ux.session_facts
                         WHERE ${DAYS_FILTER} GROUP BY day)
GROUP BY day, device, dwell.1`,
);
