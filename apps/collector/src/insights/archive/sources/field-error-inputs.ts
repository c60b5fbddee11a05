import { defineSource } from '../source-descriptor.ts';
import { DAYS_FILTER, NO_EXAMPLES, NO_HIST } from './day-filter.ts';

/** `field_error` rows, key [form_id, field_id, error_kind, error_message] (daily_field_errors). */
export const FIELD_ERROR_INPUTS = defineSource(
  {
    errors: 'sum(errors)',
    sessions: 'sum(length(session_hashes))',
  },
  (counts) => `
SELECT day, device, [form_id, field_id, error_kind, error_message] AS key, '' AS label, ${counts} AS counts,
       ${NO_HIST} AS hist_a, ${NO_HIST} AS hist_b, ${NO_EXAMPLES} AS examples
FROM minwon_ux.daily_field_errors FINAL WHERE ${DAYS_FILTER}
GROUP BY day, device, form_id, field_id, error_kind, error_message`,
);
