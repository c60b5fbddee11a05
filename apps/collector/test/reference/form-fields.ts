import type { FieldMetrics } from '@minwon-ux/api-contract';
import type { QueryFilters } from '../../src/insights/types.ts';
import type { Store } from '../../src/store/create-store.ts';
import { histogramQuantile } from '../../src/store/histogram.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../src/store/query.ts';

export type { FieldMetrics };

/** Quantiles from the fields' log-bucket histograms (see histogramQuantile). */
export const FORM_FIELDS_SQL = `
WITH sumMap(focus_hist) AS focus, sumMap(hesitation_hist) AS hesitation
SELECT form_id AS formId, field_id AS fieldId, sum(length(touched_hashes)) AS touched,
       sum(length(error_hashes)) AS errorSessions, sum(errors) AS errors, sum(repeat_errors) AS repeatErrors,
       sum(abandons) AS abandons, sum(corrections_sum) AS corrections,
       ${histogramQuantile('focus', 0.5)} AS focusP50,
       ${histogramQuantile('hesitation', 0.5)} AS hesitationP50,
       ${histogramQuantile('hesitation', 0.9)} AS hesitationP90
FROM minwon_ux.daily_fields FINAL WHERE ${ROLLUP_FILTER}
GROUP BY form_id, field_id ORDER BY formId, touched DESC, fieldId LIMIT 500`;

/** Per-field funnel, error and hesitation figures. */
export function queryFormFields(store: Store, f: QueryFilters): Promise<FieldMetrics[]> {
  return runQuery<FieldMetrics>(store, FORM_FIELDS_SQL, filterParams(f));
}
