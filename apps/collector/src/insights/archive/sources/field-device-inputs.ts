import { defineSource } from '../source-descriptor.ts';
import { DAYS_FILTER, NO_EXAMPLES } from './day-filter.ts';

/**
 * `field_device` rows, key [form_id, field_id, device], hist_b hesitation (daily_fields): the markup
 * detectors compare a field's mobile and desktop figures, which the `field` rows sum over devices.
 */
export const FIELD_DEVICE_INPUTS = defineSource(
  {
    touched: 'sum(length(touched_hashes))',
    error_sessions: 'sum(length(error_hashes))',
  },
  (counts) => `
SELECT day, device, [form_id, field_id, device] AS key, '' AS label, ${counts} AS counts,
       CAST(map(), 'Map(UInt16, UInt64)') AS hist_a, sumMap(hesitation_hist) AS hist_b, ${NO_EXAMPLES} AS examples
FROM minwon_ux.daily_fields FINAL WHERE ${DAYS_FILTER}
GROUP BY day, device, form_id, field_id`,
);
