import type { FormLabels } from '@minwon-ux/api-contract';
import type { ChromeFieldRow } from './chrome-rows.ts';

/**
 * The forms page's labels: form titles and field labels of the forms and fields it shows.
 *
 * @example
 * formLabels(chromeRows, new Set(['j_idt45'])); // { forms: { j_idt45: '전입신고' }, fields: { j_idt45: { j_idt52: '전입 예정일' } } }
 */
export function formLabels(rows: readonly ChromeFieldRow[], formIds: ReadonlySet<string>): FormLabels | undefined {
  const labels: FormLabels = { forms: {}, fields: {} };
  let any = false;
  for (const r of rows) {
    if (!formIds.has(r.form_id)) continue;
    if (r.form_title && !labels.forms[r.form_id]) labels.forms[r.form_id] = r.form_title;
    if (r.label) {
      labels.fields[r.form_id] ??= {};
      labels.fields[r.form_id]![r.field_id] = r.label;
    }
    any = true;
  }
  return any ? labels : undefined;
}
