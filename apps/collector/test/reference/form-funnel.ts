import type { FormStep, FormSummary } from '@minwon-ux/api-contract';
import type { QueryFilters } from '../../src/insights/types.ts';
import { compareBytes } from '../../src/store/clickhouse-order.ts';
import type { Store } from '../../src/store/create-store.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../src/store/query.ts';

export type { FormStep, FormSummary };

/**
 * Every form's funnel (step 0 rows: starters … blocked submits) and steps (step n rows: sessions that
 * saw step n) in one pass over `daily_forms`; the forms page used to read it twice. Sessions are each day's
 * distinct sessions summed (the hash arrays' lengths over FINAL rows).
 */
export const FORM_FUNNEL_SQL = `
SELECT form_id AS formId, step, min(step_label) AS label,
       sum(length(start_hashes)) AS starters, sum(length(submit_hashes)) AS submitters,
       sum(length(success_hashes)) AS completers, sum(length(abandon_hashes)) AS abandoners,
       sum(length(error_hashes)) AS errorSessions, sum(submits) AS submits, sum(blocked_submits) AS blockedSubmits,
       sum(length(step_hashes)) AS reached
FROM minwon_ux.daily_forms FINAL WHERE ${ROLLUP_FILTER}
GROUP BY form_id, step
ORDER BY form_id, step`;

type FunnelRow = FormSummary & { step: number; label: string; reached: number };

/**
 * Per-form funnel counts (sessions; most starters first, at most 100 forms) and per-step reach.
 *
 * @example
 * const { forms, steps } = await queryFormFunnel(store, { site: 'demo', from: '2026-11-01', to: '2026-11-30', device: '' });
 */
export async function queryFormFunnel(
  store: Store,
  f: QueryFilters,
): Promise<{ forms: FormSummary[]; steps: FormStep[] }> {
  const rows = await runQuery<FunnelRow>(store, FORM_FUNNEL_SQL, filterParams(f));
  const forms = rows
    .filter((r) => r.step === 0)
    .map(({ formId, starters, submitters, completers, abandoners, errorSessions, submits, blockedSubmits }) => ({
      formId,
      starters,
      submitters,
      completers,
      abandoners,
      errorSessions,
      submits,
      blockedSubmits,
    }))
    .sort((a, b) => b.starters - a.starters || compareBytes(a.formId, b.formId))
    .slice(0, 100);
  const steps = rows.map((r) => ({
    formId: r.formId,
    step: r.step,
    label: r.label,
    reached: r.reached,
    successes: r.completers,
  }));
  return { forms, steps };
}
