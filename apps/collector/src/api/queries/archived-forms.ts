import { archivedInputs } from '../../insights/archive/archived-inputs.ts';
import type { InputRow } from '../../insights/archive/read-inputs.ts';
import type { QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';
import type { FieldErrorRow } from './form-errors.ts';
import type { FieldMetrics } from './form-fields.ts';
import type { FormStep, FormSummary } from './form-funnel.ts';

export interface FormsPage {
  forms: FormSummary[];
  fields: FieldMetrics[];
  errors: FieldErrorRow[];
  steps: FormStep[];
  /** When the oldest archive run the figures rest on ran (ISO time); null when the range has no events. */
  archivedAt: string | null;
}

/** ClickHouse's String order (bytes), which the live queries' ORDER BY uses. */
function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

const count = (row: InputRow, i: number) => Number(row.counts[i] ?? 0);

/**
 * The forms page from the insight archive's `step`, `field` and `field_error` inputs: the figures,
 * order and limits of queryFormFunnel, queryFormFields and queryFormErrors (their files say what
 * each holds) in one read of the archive instead of three rollup queries.
 *
 * @example
 * const page = await archivedForms(store, { site: 'demo', from: '2026-11-01', to: '2026-11-30', device: '' });
 */
export async function archivedForms(store: Store, f: QueryFilters, maxAgeMs?: number): Promise<FormsPage> {
  const { rows, archivedAt } = await archivedInputs(store, f, ['step', 'field', 'field_error'], maxAgeMs);
  const of = (source: string) => rows.filter((r) => r.source === source);
  const stepRows = of('step').sort((a, b) => byBytes(a.key[0]!, b.key[0]!) || Number(a.key[1]) - Number(b.key[1]));
  const forms = stepRows
    .filter((r) => r.key[1] === '0')
    .map((r) => ({
      formId: r.key[0]!,
      starters: count(r, 2),
      submitters: count(r, 3),
      completers: count(r, 1),
      abandoners: count(r, 4),
      errorSessions: count(r, 5),
      submits: count(r, 6),
      blockedSubmits: count(r, 7),
    }))
    .sort((a, b) => b.starters - a.starters || byBytes(a.formId, b.formId))
    .slice(0, 100);
  const steps = stepRows.map((r) => ({
    formId: r.key[0]!,
    step: Number(r.key[1]),
    label: r.label,
    reached: count(r, 0),
    successes: count(r, 1),
  }));
  const fields = of('field')
    .map((r) => ({
      formId: r.key[0]!,
      fieldId: r.key[1]!,
      touched: count(r, 1),
      errorSessions: count(r, 0),
      errors: count(r, 2),
      repeatErrors: count(r, 3),
      abandons: count(r, 4),
      corrections: count(r, 6),
      focusP50: r.a_p50,
      hesitationP50: r.b_p50,
      hesitationP90: r.b_p90,
    }))
    .sort((a, b) => byBytes(a.formId, b.formId) || b.touched - a.touched || byBytes(a.fieldId, b.fieldId))
    .slice(0, 500);
  const errors = of('field_error')
    .map((r) => ({
      formId: r.key[0]!,
      fieldId: r.key[1]!,
      errorKind: r.key[2]!,
      message: r.key[3]!,
      errors: count(r, 0),
      sessions: count(r, 1),
    }))
    .sort(
      (a, b) =>
        b.errors - a.errors ||
        byBytes(a.formId, b.formId) ||
        byBytes(a.fieldId, b.fieldId) ||
        byBytes(a.message, b.message),
    )
    .slice(0, 100);
  return { forms, fields, errors, steps, archivedAt };
}
