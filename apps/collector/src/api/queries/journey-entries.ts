import type { JourneyEntry, JourneyEntryKind } from '@minwon-ux/api-contract';
import type { SessionEventRow } from './session-events.ts';

/** Names forms and fields as citizens see them (page chrome), their ids where no label is known. */
export interface JourneyNames {
  form(formId: string): string;
  field(formId: string, fieldId: string): string;
}

/** The ids themselves, when no page chrome is known. */
export const ID_NAMES: JourneyNames = { form: (formId) => formId, field: (_, fieldId) => fieldId };

const KINDS: Record<string, JourneyEntryKind> = {
  page_view: 'page',
  menu_open: 'menu_open',
  menu_click: 'menu_click',
  site_search: 'search',
  field_dwell: 'field',
  input_error: 'error',
  step_view: 'step',
  form_start: 'form_start',
  form_submit: 'form_submit',
  form_success: 'form_success',
  form_abandon: 'form_abandon',
  rage_click: 'rage_click',
  dead_click: 'dead_click',
  quick_back: 'quick_back',
};

/**
 * A session's events as timeline entries: a page per page view, its engaged time taken from the page
 * view's `page_dwell`; menus with their trail; fields with focus and hesitation; errors with message
 * and attempt; steps; the form's start, submits, success and abandon; frustrated clicks. Events the
 * timeline does not show (page_dwell, custom, page chrome…) are folded in or left out.
 *
 * @example
 * journeyEntries(rows, ID_NAMES)[0]; // { kind: 'page', atMs: 0, path: '/', label: '정부24', durationMs: 8000 }
 */
export function journeyEntries(rows: readonly SessionEventRow[], names: JourneyNames): JourneyEntry[] {
  const start = rows[0]?.t ?? 0;
  const entries: JourneyEntry[] = [];
  const openPages = new Map<string, JourneyEntry>();
  const form = (r: SessionEventRow) => (r.form_id ? { form: { id: r.form_id, label: names.form(r.form_id) } } : {});
  for (const r of rows) {
    const base = { atMs: r.t - start, path: r.path };
    if (r.kind === 'page_dwell') {
      const page = openPages.get(r.path);
      if (page && page.durationMs === undefined) page.durationMs = r.engaged_ms;
      continue;
    }
    const kind = KINDS[r.kind];
    if (!kind) continue;
    const entry: JourneyEntry = { kind, ...base, label: '' };
    switch (kind) {
      case 'page':
        entry.label = r.page_title;
        openPages.set(r.path, entry);
        break;
      case 'menu_open':
      case 'menu_click':
        Object.assign(
          entry,
          { label: r.menu_label, trail: r.menu_trail },
          r.target_path ? { target: r.target_path } : {},
        );
        break;
      case 'field':
      case 'error':
        Object.assign(entry, form(r), { field: { id: r.field_id, label: names.field(r.form_id, r.field_id) } });
        if (kind === 'field') Object.assign(entry, { durationMs: r.duration_ms, hesitationMs: r.hesitation_ms });
        else Object.assign(entry, { message: r.error_message, errorKind: r.error_kind, attempt: r.attempt });
        break;
      case 'step':
        Object.assign(entry, form(r), { label: r.step_label, step: r.step });
        break;
      case 'form_submit':
        Object.assign(entry, form(r), { blocked: r.blocked === 1, attempt: r.attempt });
        break;
      case 'form_abandon':
        Object.assign(
          entry,
          form(r),
          r.field_id ? { field: { id: r.field_id, label: names.field(r.form_id, r.field_id) } } : {},
        );
        break;
      case 'rage_click':
      case 'dead_click':
        Object.assign(entry, { label: r.element, count: r.count });
        break;
      case 'quick_back':
        Object.assign(entry, { durationMs: r.duration_ms }, r.target_path ? { target: r.target_path } : {});
        break;
      default:
        Object.assign(entry, form(r));
    }
    entries.push(entry);
  }
  return entries;
}
