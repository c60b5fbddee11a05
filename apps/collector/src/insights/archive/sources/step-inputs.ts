import { defineSource } from '../source-descriptor.ts';
import { DAYS_FILTER, NO_EXAMPLES, NO_HIST } from './day-filter.ts';

/**
 * `step` rows, key [form_id, step], label the step's label (the smallest) (daily_forms; step 0
 * carries the form's figures, other steps only their reach).
 */
export const STEP_INPUTS = defineSource(
  {
    reached: 'sum(length(step_hashes))',
    successes: 'sum(length(success_hashes))',
    starters: 'sum(length(start_hashes))',
    submitters: 'sum(length(submit_hashes))',
    abandoners: 'sum(length(abandon_hashes))',
    error_sessions: 'sum(length(error_hashes))',
    submits: 'sum(submits)',
    blocked_submits: 'sum(blocked_submits)',
  },
  (counts) => `
SELECT day, device, [form_id, toString(step)] AS key, min(step_label) AS label, ${counts} AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b, ${NO_EXAMPLES} AS examples
FROM minwon_ux.daily_forms FINAL WHERE ${DAYS_FILTER}
GROUP BY day, device, form_id, step`,
);
