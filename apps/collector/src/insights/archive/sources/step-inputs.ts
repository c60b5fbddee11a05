import { DAYS_FILTER, NO_EXAMPLES, NO_HIST } from './day-filter.ts';

/**
 * `step` rows, key [form_id, step], label the step's label: counts [sessions reaching the step,
 * successes, starters] (daily_forms; step 0 carries the form's successes and starters).
 */
export const STEP_INPUTS_SQL = `
SELECT day, device, [form_id, toString(step)] AS key, min(step_label) AS label,
       [sum(length(step_hashes)), sum(length(success_hashes)), sum(length(start_hashes))] AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b, ${NO_EXAMPLES} AS examples
FROM minwon_ux.daily_forms FINAL WHERE ${DAYS_FILTER}
GROUP BY day, device, form_id, step`;
