import { defineSource } from '../source-descriptor.ts';
import { DAYS_FILTER, NO_EXAMPLES } from './day-filter.ts';

/** `field` rows, key [form_id, field_id], hist_a focus time, hist_b hesitation (daily_fields). */
export const FIELD_INPUTS = defineSource(
  {
    error_sessions: 'sum(length(error_hashes))',
    touched: 'sum(length(touched_hashes))',
    errors: 'sum(errors)',
    repeat_errors: 'sum(repeat_errors)',
    abandons: 'sum(abandons)',
    dwells: 'sum(dwells)',
    corrections: 'sum(corrections_sum)',
  },
  (counts) => `
SELECT day, device, [form_id, field_id] AS key, '' AS label, ${counts} AS counts,
       sumMap(focus_hist) AS hist_a, sumMap(hesitation_hist) AS hist_b, ${NO_EXAMPLES} AS examples
FROM minwon_ux.daily_fields FINAL WHERE ${DAYS_FILTER}
GROUP BY day, device, form_id, field_id`,
);
