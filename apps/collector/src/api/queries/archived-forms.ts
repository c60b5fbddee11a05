import type { FormsResponse } from '@minwon-ux/api-contract';
import { archivedInputs, DEFAULT_ARCHIVE_MAX_AGE_MS } from '../../insights/archive/archived-inputs.ts';
import { fieldInputs, inputsOf, stepInputs } from '../../insights/archive/input-rows.ts';
import { readChromeRows } from '../../insights/labels/chrome-rows.ts';
import { formLabels } from '../../insights/labels/form-labels.ts';
import type { QueryFilters } from '../../insights/types.ts';
import { compareBytes } from '../../store/clickhouse-order.ts';
import type { Store } from '../../store/create-store.ts';

/** The forms page: the contract's `FormsResponse`. */
export type FormsPage = FormsResponse;

/**
 * The forms page from the insight archive's `step`, `field` and `field_error` inputs: the figures,
 * order and limits of queryFormFunnel, queryFormFields and queryFormErrors (their files say what
 * each holds) in one read of the archive instead of three rollup queries.
 *
 * @example
 * const page = await archivedForms(store, { site: 'demo', from: '2026-11-01', to: '2026-11-30', device: '' });
 */
export async function archivedForms(store: Store, f: QueryFilters, maxAgeMs?: number): Promise<FormsPage> {
  const [{ rows, archivedAt }, chrome] = await Promise.all([
    archivedInputs(store, f, ['step', 'field', 'field_error'], maxAgeMs),
    readChromeRows(store, f, maxAgeMs ?? DEFAULT_ARCHIVE_MAX_AGE_MS),
  ]);
  const stepRows = stepInputs(rows);
  const forms = stepRows
    .filter((r) => r.step === 0)
    .map((r) => ({
      formId: r.form_id,
      starters: r.starters,
      submitters: r.submitters,
      completers: r.successes,
      abandoners: r.abandoners,
      errorSessions: r.error_sessions,
      submits: r.submits,
      blockedSubmits: r.blocked_submits,
    }))
    .sort((a, b) => b.starters - a.starters || compareBytes(a.formId, b.formId))
    .slice(0, 100);
  const steps = stepRows.map((r) => ({
    formId: r.form_id,
    step: r.step,
    label: r.label,
    reached: r.reached,
    successes: r.successes,
  }));
  const fields = fieldInputs(rows)
    .map((r) => ({
      formId: r.form_id,
      fieldId: r.field_id,
      touched: r.touched,
      errorSessions: r.error_sessions,
      errors: r.errors,
      repeatErrors: r.repeat_errors,
      abandons: r.abandons,
      corrections: r.corrections,
      focusP50: r.focus_p50,
      hesitationP50: r.hesitation_p50,
      hesitationP90: r.hesitation_p90,
    }))
    .sort((a, b) => compareBytes(a.formId, b.formId) || b.touched - a.touched || compareBytes(a.fieldId, b.fieldId))
    .slice(0, 500);
  const errors = inputsOf(rows, 'field_error')
    .map((r) => ({
      formId: r.key[0]!,
      fieldId: r.key[1]!,
      errorKind: r.key[2]!,
      message: r.key[3]!,
      ...r.counts,
    }))
    .sort(
      (a, b) =>
        b.errors - a.errors ||
        compareBytes(a.formId, b.formId) ||
        compareBytes(a.fieldId, b.fieldId) ||
        compareBytes(a.message, b.message),
    )
    .slice(0, 100);
  const shown = new Set([...forms, ...fields, ...steps, ...errors].map((r) => r.formId));
  const labels = formLabels(chrome, shown);
  return { forms, fields, errors, steps, archivedAt, ...(labels ? { labels } : {}) };
}
