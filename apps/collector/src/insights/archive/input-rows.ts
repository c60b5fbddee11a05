import { compareBytes } from '../../store/clickhouse-order.ts';
import type { AbandonmentFieldRow } from '../detectors/abandonment-fields.ts';
import type { ClickHotSpotRow } from '../detectors/click-hot-spots.ts';
import type { ErrorProneFieldRow } from '../detectors/error-prone-fields.ts';
import type { LongDwellRow } from '../detectors/long-dwell.ts';
import type { MenuDetourRow, MenuHuntingRow } from '../detectors/menu-hunting.ts';
import type { MisleadingMenuItemRow } from '../detectors/misleading-menu-items.ts';
import type { SlowFieldRow } from '../detectors/slow-fields.ts';
import type { StepDropOffRow } from '../detectors/step-drop-off.ts';
import type { UnusedMenuItemRow } from '../detectors/unused-menu-items.ts';
import type { InputRow } from './read-inputs.ts';
import { namedCounts } from './source-descriptor.ts';
import { ARCHIVE_SOURCES, type ArchiveSource, type CountName } from './sources.ts';

/**
 * The detectors' query rows rebuilt from the archive's summed inputs (read-inputs.ts), with what the
 * detectors' SQL computes over the whole range (form and menu-group windows, top messages, HAVING
 * filters) done here. Counts are read by the names their source declares (sources/*.ts).
 */

/** One source's row with its summed counts by name (0 where the row has none in the range). */
export type SourceRow<S extends ArchiveSource> = Omit<InputRow, 'counts'> & { counts: Record<CountName<S>, number> };

/**
 * The rows of one source, their counts named.
 *
 * @example
 * for (const r of inputsOf(rows, 'field_error')) console.info(r.key, r.counts.errors, r.counts.sessions);
 */
export function inputsOf<S extends ArchiveSource>(rows: InputRow[], source: S): SourceRow<S>[] {
  const descriptor = ARCHIVE_SOURCES[source];
  return rows
    .filter((r) => r.source === source)
    .map((r) => ({ ...r, counts: namedCounts(descriptor, r.counts) as Record<CountName<S>, number> }));
}

/** ClickHouse's `median` (exact with linear interpolation for small inputs) of the values. */
export function interpolatedMedian(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = 0.5 * (sorted.length - 1);
  const low = Math.floor(index);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (index - low) * (sorted[high]! - sorted[low]!);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** The `step` inputs with their counts (sources/step-inputs.ts), ordered by form and step. */
export function stepInputs(rows: InputRow[]) {
  return inputsOf(rows, 'step')
    .map((r) => ({ form_id: r.key[0]!, step: Number(r.key[1]), label: r.label, ...r.counts }))
    .sort((a, b) => compareBytes(a.form_id, b.form_id) || a.step - b.step);
}

/** The `field` inputs with their counts (sources/field-inputs.ts) and medians. */
export function fieldInputs(rows: InputRow[]) {
  return inputsOf(rows, 'field').map((r) => ({
    form_id: r.key[0]!,
    field_id: r.key[1]!,
    ...r.counts,
    focus_p50: r.a_p50,
    hesitation_p50: r.b_p50,
    hesitation_p90: r.b_p90,
  }));
}

/** Step rows (STEP_DROP_OFF_SQL's), ordered by form and step, with their `step_progress`. */
export function stepRows(rows: InputRow[]): StepDropOffRow[] {
  const progressed = new Map(inputsOf(rows, 'step_progress').map((r) => [JSON.stringify(r.key), r.counts.progressed]));
  return stepInputs(rows).map(({ form_id, step, label, reached, successes, starters }) => ({
    form_id,
    step,
    label,
    reached,
    successes,
    starters,
    progressed: progressed.get(JSON.stringify([form_id, String(step)])) ?? 0,
  }));
}

/** The top 3 error messages per field as (kind, message, errors), most errors first. */
function topMessages(rows: InputRow[]): Map<string, [string, string, number][]> {
  const byField = groupBy(inputsOf(rows, 'field_error'), (r) => JSON.stringify(r.key.slice(0, 2)));
  const top = new Map<string, [string, string, number][]>();
  for (const [field, errors] of byField) {
    const sorted = errors
      .map((r): [string, string, number] => [r.key[2]!, r.key[3]!, r.counts.errors])
      .sort((a, b) => b[2] - a[2] || a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
    top.set(field, sorted.slice(0, 3));
  }
  return top;
}

/**
 * The rows of ERROR_PRONE_FIELDS_SQL (fields with errors), ABANDONMENT_FIELDS_SQL (with abandons) and
 * SLOW_FIELDS_SQL (with dwells), with their form-wide figures: the form's starters and abandons, the
 * median of its dwelt fields' medians.
 */
export function fieldRows(rows: InputRow[]): {
  errorProne: ErrorProneFieldRow[];
  abandonment: AbandonmentFieldRow[];
  slow: SlowFieldRow[];
} {
  const top = topMessages(rows);
  const starters = new Map(
    stepRows(rows)
      .filter((s) => s.step === 0)
      .map((s) => [s.form_id, s.starters]),
  );
  const fields = fieldInputs(rows);
  const sessionMaxima = new Map(inputsOf(rows, 'slow_field').map((r) => [JSON.stringify(r.key), r]));
  const result = {
    errorProne: [] as ErrorProneFieldRow[],
    abandonment: [] as AbandonmentFieldRow[],
    slow: [] as SlowFieldRow[],
  };
  for (const [formId, form] of groupBy(fields, (f) => f.form_id)) {
    const formStarters = starters.get(formId) ?? 0;
    const formAbandons = form.reduce((sum, f) => sum + f.abandons, 0);
    const dwelt = form.filter((f) => f.dwells > 0);
    const formFocus = interpolatedMedian(dwelt.map((f) => f.focus_p50));
    const formHesitation = interpolatedMedian(dwelt.map((f) => f.hesitation_p50));
    for (const f of form) {
      const { form_id, field_id } = f;
      if (f.errors > 0) {
        result.errorProne.push({
          form_id,
          field_id,
          error_sessions: f.error_sessions,
          errors: f.errors,
          repeat_errors: f.repeat_errors,
          population: Math.max(f.touched, formStarters),
          top_messages: top.get(JSON.stringify([form_id, field_id])) ?? [],
        });
      }
      if (f.abandons > 0) {
        result.abandonment.push({
          form_id,
          field_id,
          abandons: f.abandons,
          form_abandons: formAbandons,
          starters: formStarters,
        });
      }
      if (f.dwells > 0) {
        result.slow.push({
          form_id,
          field_id,
          dwells: f.dwells,
          touched: f.touched,
          focus_p50: f.focus_p50,
          hesitation_p50: f.hesitation_p50,
          form_focus_p50: formFocus,
          form_hesitation_p50: formHesitation,
          form_fields: dwelt.length,
          session_focus_hist: sessionMaxima.get(JSON.stringify([form_id, field_id]))?.hist_a ?? {},
          session_hesitation_hist: sessionMaxima.get(JSON.stringify([form_id, field_id]))?.hist_b ?? {},
        });
      }
    }
  }
  return result;
}

/** MENU_DETOURS_SQL's rows: the 5 detours most sessions took, most first. */
export function detourRows(rows: InputRow[]): MenuDetourRow[] {
  return inputsOf(rows, 'hunting')
    .filter((r) => r.key.length === 2)
    .map((r) => ({ opened: r.key[0]!, clicked: r.key[1]!, sessions: r.counts.detour_sessions }))
    .filter((d) => d.sessions > 0)
    .sort((a, b) => b.sessions - a.sessions || compareBytes(a.opened, b.opened) || compareBytes(a.clicked, b.clicked))
    .slice(0, 5);
}

/** MENU_HUNTING_SQL's row; undefined when no menu was used. */
export function huntingRow(rows: InputRow[]): MenuHuntingRow | undefined {
  const r = inputsOf(rows, 'hunting').find((row) => row.key.length === 0);
  if (!r || r.counts.menu_sessions === 0) return undefined;
  const { detour_sessions, ...counts } = r.counts;
  return { ...counts, examples: r.examples };
}

/** MISLEADING_MENU_ITEMS_SQL's rows. */
export function misleadingRows(rows: InputRow[]): MisleadingMenuItemRow[] {
  return inputsOf(rows, 'menu_click').map((r) => ({
    menu_trail: r.key.slice(0, -1),
    menu_label: r.key.at(-1)!,
    target_path: r.label,
    ...r.counts,
  }));
}

/** LONG_DWELL_SQL's rows (pages with stalled sessions). */
export function longDwellRows(rows: InputRow[]): LongDwellRow[] {
  return inputsOf(rows, 'dwell')
    .filter((r) => r.counts.stalled_sessions > 0)
    .map((r) => ({
      path: r.key[0]!,
      ...r.counts,
      stalled_engaged_p50: r.a_p50,
      engaged_p50: r.b_p50,
      examples: r.examples,
    }));
}

/** CLICK_HOT_SPOTS_SQL's rows, each with its page's visiting sessions. */
export function hotSpotRows(rows: InputRow[]): ClickHotSpotRow[] {
  const pageSessions = new Map(inputsOf(rows, 'page').map((r) => [r.key[0]!, r.counts.sessions]));
  return inputsOf(rows, 'click_spot').map((r) => ({
    path: r.key[0]!,
    element: r.key[1]!,
    ...r.counts,
    page_sessions: pageSessions.get(r.key[0]!) ?? 0,
    examples: r.examples,
  }));
}

/** UNUSED_MENU_ITEMS_SQL's rows: items of groups (same trail) of ≥ 3 items and ≥ 100 clicks with < 2 % of them. */
export function unusedRows(rows: InputRow[]): UnusedMenuItemRow[] {
  const byItem = groupBy(inputsOf(rows, 'menu_use'), (r) => JSON.stringify(r.key.slice(1)));
  const items = [...byItem.values()].map((uses) => ({
    menu_trail: uses[0]!.key.slice(1, -1),
    menu_label: uses[0]!.key.at(-1)!,
    clicks: uses.reduce((sum, r) => sum + r.counts.clicks, 0),
    sessions: uses.reduce((sum, r) => sum + r.counts.sessions, 0),
  }));
  const unused: UnusedMenuItemRow[] = [];
  for (const group of groupBy(items, (i) => JSON.stringify(i.menu_trail)).values()) {
    const group_clicks = group.reduce((sum, i) => sum + i.clicks, 0);
    const group_sessions = group.reduce((sum, i) => sum + i.sessions, 0);
    if (group.length < 3 || group_clicks < 100) continue;
    for (const i of group) {
      if (i.clicks < 0.02 * group_clicks) {
        unused.push({
          menu_trail: i.menu_trail,
          menu_label: i.menu_label,
          clicks: i.clicks,
          group_clicks,
          group_sessions,
          group_items: group.length,
        });
      }
    }
  }
  return unused;
}
