import { DAYS_FILTER, NO_EXAMPLES } from './day-filter.ts';

/**
 * `field` rows, key [form_id, field_id]: counts [error sessions, touched sessions, errors, repeat
 * errors, abandons, dwells, corrections], hist_a focus time, hist_b hesitation (daily_fields).
 */
export const FIELD_INPUTS_SQL = `
SELECT day, device, [form_id, field_id] AS key, '' AS label,
       [sum(length(error_hashes)), sum(length(touched_hashes)), sum(errors), sum(repeat_errors),
        sum(abandons), sum(dwells), sum(corrections_sum)] AS counts,
       sumMap(focus_hist) AS hist_a, sumMap(hesitation_hist) AS hist_b, ${NO_EXAMPLES} AS examples
FROM minwon_ux.daily_fields FINAL WHERE ${DAYS_FILTER}
GROUP BY day, device, form_id, field_id`;
