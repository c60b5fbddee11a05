import { DAYS_FILTER, NO_EXAMPLES, NO_HIST } from './day-filter.ts';

/**
 * `step` rows, key [form_id, step], label the step's label (the smallest): counts [sessions reaching
 * the step, successes, starters, submitters, abandoners, error sessions, submits, blocked submits]
 * (daily_forms; step 0 carries the form's figures, other steps only their reach).
 */
export const STEP_INPUTS_SQL = `
SELECT day, device, [form_id, toString(step)] AS key, min(step_label) AS label,
       [sum(length(step_hashes)), sum(length(success_hashes)), sum(length(start_hashes)), sum(length(submit_hashes)),
        sum(length(abandon_hashes)), sum(length(error_hashes)), sum(submits), sum(blocked_submits)] AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b, ${NO_EXAMPLES} AS examples
FROM minwon_ux.daily_forms FINAL WHERE ${DAYS_FILTER}
GROUP BY day, device, form_id, step`;
