import type { Insight, QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';
import { EVENT_FILTER, filterParams, runQuery } from '../../store/query.ts';

/**
 * Sessions showing an insight's pattern on its target, those with a replay first: for a slow field
 * only dwells past its threshold, for a step drop-off only sessions that went neither to a later step
 * nor to a success (the sessions the insight counts).
 */
export const EXAMPLE_SESSIONS_SQL = `
SELECT session_id, session_id IN (
         SELECT session_id FROM minwon_ux.replay_chunks WHERE site_id = {site:String}
           AND toDate(ts) BETWEEN {from:Date} AND {to:Date}) AS replay
FROM minwon_ux.events
WHERE ${EVENT_FILTER} AND kind IN {kinds:Array(String)}
  AND ({form:String} = '' OR form_id = {form:String}) AND ({field:String} = '' OR field_id = {field:String})
  AND ({path:String} = '' OR path = {path:String} OR target_path = {path:String})
  AND ({menu:String} = '' OR menu_label = {menu:String}) AND ({element:String} = '' OR element = {element:String} OR element_key = {element:String})
  AND ({step:UInt8} = 0 OR step = {step:UInt8})
  AND (hesitation_ms >= {minHesitation:UInt32} OR duration_ms >= {minFocus:UInt32})
  AND ({dropStep:UInt8} = 0 OR session_id NOT IN (
        SELECT session_id FROM minwon_ux.events WHERE ${EVENT_FILTER}
          AND (kind = 'form_success' OR (kind = 'step_view' AND form_id = {form:String} AND step > {dropStep:UInt8}))))
GROUP BY session_id ORDER BY replay DESC, session_id LIMIT 5`;

const KINDS: Record<Insight['kind'], string[]> = {
  error_prone_field: ['input_error'],
  abandonment_field: ['form_abandon'],
  slow_field: ['field_dwell'],
  menu_hunting: ['menu_click'],
  misleading_menu_item: ['menu_click'],
  unused_menu_item: ['menu_click'],
  click_hot_spot: ['rage_click', 'dead_click'],
  long_dwell: ['page_dwell'],
  step_drop_off: ['step_view'],
  unlabelled_field: ['input_error', 'field_dwell'],
  unlinked_error_message: ['input_error'],
  numeric_keyboard_missing: ['input_error', 'field_dwell'],
  free_text_date: ['input_error'],
  missing_autocomplete: ['input_error', 'field_dwell'],
  unmarked_required_field: ['input_error'],
  looks_clickable: ['dead_click'],
  unseen_content: ['click'],
};

const NEVER = 4_294_967_295;

/** The parameters that keep only the sessions an insight counts (slow dwells, lost steps). */
function problemOnly(insight: Insight): { minHesitation: number; minFocus: number; dropStep: number } {
  const m = insight.evidence.metrics;
  if (insight.kind === 'slow_field') {
    const hesitation = Number(m.slowHesitationSessions) > 0 ? Number(m.hesitationThresholdMs) : NEVER;
    const focus = Number(m.slowFocusSessions) > 0 ? Number(m.focusThresholdMs) : NEVER;
    return { minHesitation: Math.ceil(hesitation || 0), minFocus: Math.ceil(focus || 0), dropStep: 0 };
  }
  return { minHesitation: 0, minFocus: 0, dropStep: insight.kind === 'step_drop_off' ? (insight.target.step ?? 0) : 0 };
}

/**
 * Up to five example sessions for an insight, preferring sessions that have a replay.
 *
 * @example
 * const examples = await queryExampleSessions(store, filters, insight);
 */
export async function queryExampleSessions(store: Store, f: QueryFilters, insight: Insight) {
  const t = insight.target;
  const rows = await runQuery<{ session_id: string; replay: number }>(store, EXAMPLE_SESSIONS_SQL, {
    ...filterParams(f),
    kinds: KINDS[insight.kind],
    form: t.formId ?? '',
    field: t.fieldId ?? '',
    path: insight.kind === 'misleading_menu_item' ? '' : (t.path ?? ''),
    menu: t.menuLabel ?? '',
    element: t.element ?? '',
    step: t.step ?? 0,
    ...problemOnly(insight),
  });
  return rows.map((r) => ({ sessionId: r.session_id, replay: Boolean(r.replay) }));
}
