import { filterParams, ROLLUP_FILTER, runQuery } from '../../insights/query.ts';
import type { QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';

export const FORM_FIELDS_SQL = `
SELECT form_id AS formId, field_id AS fieldId, sum(length(touched_hashes)) AS touched,
       sum(length(error_hashes)) AS errorSessions, sum(errors) AS errors, sum(repeat_errors) AS repeatErrors,
       sum(abandons) AS abandons, sum(corrections_sum) AS corrections,
       round(quantilesTDigestMerge(0.5, 0.9)(focus_q)[1]) AS focusP50,
       round(quantilesTDigestMerge(0.5, 0.9)(hesitation_q)[1]) AS hesitationP50,
       round(quantilesTDigestMerge(0.5, 0.9)(hesitation_q)[2]) AS hesitationP90
FROM minwon_ux.daily_fields FINAL WHERE ${ROLLUP_FILTER}
GROUP BY form_id, field_id ORDER BY formId, touched DESC, fieldId LIMIT 500`;

export interface FieldMetrics {
  formId: string;
  fieldId: string;
  touched: number;
  errorSessions: number;
  errors: number;
  repeatErrors: number;
  abandons: number;
  corrections: number;
  focusP50: number;
  hesitationP50: number;
  hesitationP90: number;
}

/** Per-field funnel, error and hesitation figures. */
export function queryFormFields(store: Store, f: QueryFilters): Promise<FieldMetrics[]> {
  return runQuery<FieldMetrics>(store, FORM_FIELDS_SQL, filterParams(f));
}
