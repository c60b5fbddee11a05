import { fieldSessionMaxima } from '../../detectors/slow-fields.ts';
import { defineSource } from '../source-descriptor.ts';
import { EVENT_DAYS_FILTER, logHistogramIf, NO_EXAMPLES } from './day-filter.ts';

/**
 * `slow_field` rows, key [form_id, field_id]: hist_a each dwelling session's longest focus on the
 * field, hist_b its longest hesitation (log buckets, from the day's `field_dwell` events), so the
 * slow-field detector counts the sessions past its threshold, not every session that touched the field.
 */
export const SLOW_FIELD_INPUTS = defineSource(
  { sessions: 'count()' },
  (counts) => `
SELECT day, device, [form_id, field_id] AS key, '' AS label, ${counts} AS counts,
       ${logHistogramIf('focus')} AS hist_a, ${logHistogramIf('hesitation')} AS hist_b, ${NO_EXAMPLES} AS examples
FROM (${fieldSessionMaxima(EVENT_DAYS_FILTER)})
GROUP BY day, device, form_id, field_id`,
);
