import type { FieldErrorRow } from '@minwon-ux/api-contract';
import type { QueryFilters } from '../../src/insights/types.ts';
import type { Store } from '../../src/store/create-store.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../src/store/query.ts';

export type { FieldErrorRow };

export const FORM_ERRORS_SQL = `
SELECT form_id AS formId, field_id AS fieldId, error_kind AS errorKind, error_message AS message,
       sum(errors) AS errors, sum(length(session_hashes)) AS sessions
FROM minwon_ux.daily_field_errors FINAL WHERE ${ROLLUP_FILTER}
GROUP BY form_id, field_id, error_kind, error_message
ORDER BY errors DESC, formId, fieldId, message LIMIT 100`;

/** The error table: messages per field and kind. */
export function queryFormErrors(store: Store, f: QueryFilters): Promise<FieldErrorRow[]> {
  return runQuery<FieldErrorRow>(store, FORM_ERRORS_SQL, filterParams(f));
}
