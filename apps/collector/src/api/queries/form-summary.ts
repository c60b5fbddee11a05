import { filterParams, ROLLUP_FILTER, runQuery } from '../../insights/query.ts';
import type { QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';

export const FORM_SUMMARY_SQL = `
SELECT form_id AS formId, uniqMerge(start_sessions) AS starters, uniqMerge(submit_sessions) AS submitters,
       uniqMerge(success_sessions) AS completers, uniqMerge(abandon_sessions) AS abandoners,
       uniqMerge(error_sessions) AS errorSessions, sum(submits) AS submits, sum(blocked_submits) AS blockedSubmits
FROM minwon_ux.daily_forms WHERE ${ROLLUP_FILTER} AND step = 0
GROUP BY form_id ORDER BY starters DESC, formId LIMIT 100`;

export interface FormSummary {
  formId: string;
  starters: number;
  submitters: number;
  completers: number;
  abandoners: number;
  errorSessions: number;
  submits: number;
  blockedSubmits: number;
}

/** Per-form funnel counts (sessions). */
export function queryFormSummary(store: Store, f: QueryFilters): Promise<FormSummary[]> {
  return runQuery<FormSummary>(store, FORM_SUMMARY_SQL, filterParams(f));
}
