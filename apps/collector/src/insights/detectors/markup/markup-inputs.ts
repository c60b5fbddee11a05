import type { Store } from '../../../store/create-store.ts';
import { type Histogram, histogramQuantileOf } from '../../../store/histogram.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../../store/query.ts';
import { inputsOf } from '../../archive/input-rows.ts';
import type { InputRow } from '../../archive/read-inputs.ts';
import type { QueryFilters } from '../../types.ts';
import { type FieldDeviceRow, type FieldErrorRow, fieldBehaviours } from './field-behaviour.ts';

/** Per-device field figures over the range (the reference the `field_device` archive rows match). */
export const FIELD_DEVICE_SQL = `
SELECT form_id, field_id, device, sum(length(touched_hashes)) AS touched, sum(length(error_hashes)) AS error_sessions,
       sumMap(hesitation_hist) AS hist
FROM minwon_ux.daily_fields FINAL WHERE ${ROLLUP_FILTER}
GROUP BY form_id, field_id, device`;

/** Errors per field, kind and message over the range (as the archive's `field_error` rows). */
export const FIELD_ERRORS_SQL = `
SELECT form_id, field_id, error_kind, error_message, sum(errors) AS errors, sum(length(session_hashes)) AS sessions
FROM minwon_ux.daily_field_errors FINAL WHERE ${ROLLUP_FILTER}
GROUP BY form_id, field_id, error_kind, error_message`;

/**
 * The fields' behaviour from the rollups (two queries): the reference `detectInsights` uses.
 *
 * @example
 * const behaviours = await queryFieldBehaviours(store, filters);
 */
export async function queryFieldBehaviours(store: Store, f: QueryFilters) {
  const [devices, errors] = await Promise.all([
    runQuery<Omit<FieldDeviceRow, 'hesitation_p50'> & { hist: Histogram }>(store, FIELD_DEVICE_SQL, filterParams(f)),
    runQuery<FieldErrorRow>(store, FIELD_ERRORS_SQL, filterParams(f)),
  ]);
  return fieldBehaviours(
    devices.map(({ hist, ...r }) => ({ ...r, hesitation_p50: histogramQuantileOf(hist, 0.5) })),
    errors,
  );
}

/**
 * The fields' behaviour from the insight archive's summed inputs (`field_device`, `field_error`).
 *
 * @example
 * const behaviours = archivedFieldBehaviours(rows);
 */
export function archivedFieldBehaviours(rows: InputRow[]) {
  const devices = inputsOf(rows, 'field_device').map((r) => ({
    form_id: r.key[0]!,
    field_id: r.key[1]!,
    device: r.key[2]!,
    touched: r.counts.touched,
    error_sessions: r.counts.error_sessions,
    hesitation_p50: r.b_p50,
  }));
  const errors = inputsOf(rows, 'field_error').map((r) => ({
    form_id: r.key[0]!,
    field_id: r.key[1]!,
    error_kind: r.key[2]!,
    error_message: r.key[3]!,
    errors: r.counts.errors,
    sessions: r.counts.sessions,
  }));
  return fieldBehaviours(devices, errors);
}
