import type { Store } from '../../store/create-store.ts';
import { type AbandonmentFieldRow, abandonmentFieldInsights } from '../detectors/abandonment-fields.ts';
import { type ErrorProneFieldRow, errorProneFieldInsights } from '../detectors/error-prone-fields.ts';
import { type SlowFieldRow, slowFieldInsights } from '../detectors/slow-fields.ts';
import { STEP_DROP_OFF_SQL, type StepDropOffRow, stepDropOffInsights } from '../detectors/step-drop-off.ts';
import { filterParams, histogramQuantile, ROLLUP_FILTER, runQuery, TOP_FIELD_MESSAGES_JOIN } from '../query.ts';
import type { Insight, QueryFilters } from '../types.ts';

/**
 * Error-prone, abandonment and slow fields in one pass over `daily_fields` (plus the top error
 * messages): every field with errors, abandons or dwells, with the per-kind queries' figures
 * (ERROR_PRONE_FIELDS_SQL, ABANDONMENT_FIELDS_SQL, SLOW_FIELDS_SQL) except the form's starters,
 * which come from STEP_DROP_OFF_SQL's step 0 rows. The form-wide windows take only the fields each
 * per-kind query keeps (abandons > 0, dwells > 0).
 */
export const FORM_FIELD_KINDS_SQL = `
SELECT f.form_id AS form_id, f.field_id AS field_id, f.error_sessions AS error_sessions, f.touched AS touched,
       f.errors AS errors, f.repeat_errors AS repeat_errors, f.abandons AS abandons, f.dwells AS dwells,
       f.focus_p50 AS focus_p50, f.hesitation_p50 AS hesitation_p50,
       sum(f.abandons) OVER (PARTITION BY f.form_id) AS form_abandons,
       medianIf(f.focus_p50, f.dwells > 0) OVER (PARTITION BY f.form_id) AS form_focus_p50,
       medianIf(f.hesitation_p50, f.dwells > 0) OVER (PARTITION BY f.form_id) AS form_hesitation_p50,
       countIf(f.dwells > 0) OVER (PARTITION BY f.form_id) AS form_fields,
       m.top AS top_messages
FROM (
  WITH sumMap(focus_hist) AS focus, sumMap(hesitation_hist) AS hesitation
  SELECT form_id, field_id, sum(length(error_hashes)) AS error_sessions, sum(length(touched_hashes)) AS touched,
         sum(errors) AS errors, sum(repeat_errors) AS repeat_errors, sum(abandons) AS abandons, sum(dwells) AS dwells,
         ${histogramQuantile('focus', 0.5)} AS focus_p50,
         ${histogramQuantile('hesitation', 0.5)} AS hesitation_p50
  FROM minwon_ux.daily_fields FINAL WHERE ${ROLLUP_FILTER}
  GROUP BY form_id, field_id HAVING errors > 0 OR abandons > 0 OR dwells > 0
) AS f
${TOP_FIELD_MESSAGES_JOIN}`;

export interface FieldKindsRow {
  form_id: string;
  field_id: string;
  error_sessions: number;
  touched: number;
  errors: number;
  repeat_errors: number;
  abandons: number;
  dwells: number;
  focus_p50: number;
  hesitation_p50: number;
  form_abandons: number;
  form_focus_p50: number;
  form_hesitation_p50: number;
  form_fields: number;
  top_messages: [string, string, number][];
}

/** The per-kind rows the combined rows stand for, in the per-kind queries' order. */
export function splitFieldKinds(
  rows: FieldKindsRow[],
  starters: ReadonlyMap<string, number>,
): {
  errorProne: ErrorProneFieldRow[];
  abandonment: AbandonmentFieldRow[];
  slow: SlowFieldRow[];
} {
  const byField = (a: FieldKindsRow, b: FieldKindsRow) =>
    compare(a.form_id, b.form_id) || compare(a.field_id, b.field_id);
  const errorProne = rows
    .filter((r) => r.errors > 0)
    .sort((a, b) => b.error_sessions - a.error_sessions || byField(a, b))
    .map((r) => ({
      form_id: r.form_id,
      field_id: r.field_id,
      error_sessions: r.error_sessions,
      errors: r.errors,
      repeat_errors: r.repeat_errors,
      population: Math.max(r.touched, starters.get(r.form_id) ?? 0),
      top_messages: r.top_messages,
    }));
  const abandonment = rows
    .filter((r) => r.abandons > 0)
    .sort((a, b) => b.abandons - a.abandons || byField(a, b))
    .map((r) => ({
      form_id: r.form_id,
      field_id: r.field_id,
      abandons: r.abandons,
      form_abandons: r.form_abandons,
      starters: starters.get(r.form_id) ?? 0,
    }));
  const slow = rows
    .filter((r) => r.dwells > 0)
    .sort(byField)
    .map((r) => ({
      form_id: r.form_id,
      field_id: r.field_id,
      dwells: r.dwells,
      touched: r.touched,
      focus_p50: r.focus_p50,
      hesitation_p50: r.hesitation_p50,
      form_focus_p50: r.form_focus_p50,
      form_hesitation_p50: r.form_hesitation_p50,
      form_fields: r.form_fields,
    }));
  return { errorProne, abandonment, slow };
}

/** ClickHouse's String order (bytes), which the per-kind queries' ORDER BY uses. */
function compare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/**
 * Error-prone, abandonment, slow field and step drop-off insights from two queries (fields, steps)
 * instead of four; the same insights as the four detectors run one by one.
 *
 * @example
 * const insights = await detectFormKinds(store, { site: 'demo', from: '2026-11-01', to: '2026-11-30', device: '' });
 */
export async function detectFormKinds(store: Store, f: QueryFilters): Promise<Insight[]> {
  const steps = await runQuery<StepDropOffRow>(store, STEP_DROP_OFF_SQL, filterParams(f));
  const starters = new Map(steps.filter((r) => r.step === 0).map((r) => [r.form_id, r.starters]));
  const fields = splitFieldKinds(await runQuery<FieldKindsRow>(store, FORM_FIELD_KINDS_SQL, filterParams(f)), starters);
  return [
    ...errorProneFieldInsights(fields.errorProne),
    ...abandonmentFieldInsights(fields.abandonment),
    ...slowFieldInsights(fields.slow),
    ...stepDropOffInsights(steps),
  ];
}
