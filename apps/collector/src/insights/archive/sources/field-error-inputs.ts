import { DAYS_FILTER, NO_EXAMPLES, NO_HIST } from './day-filter.ts';

/**
 * `field_error` rows, key [form_id, field_id, error_kind, error_message]: counts [errors, sessions]
 * (daily_field_errors).
 */
export const FIELD_ERROR_INPUTS_SQL = `
SELECT day, device, [form_id, field_id, error_kind, error_message] AS key, '' AS label, [sum(errors), sum(length(session_hashes))] AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b, ${NO_EXAMPLES} AS examples
FROM minwon_ux.daily_field_errors FINAL WHERE ${DAYS_FILTER}
GROUP BY day, device, form_id, field_id, error_kind, error_message`;
