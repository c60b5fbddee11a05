import type { InsightLabels } from '@minwon-ux/api-contract';
import type { ChromeFieldRow } from './chrome-rows.ts';

/** Forms and fields by the names citizens see, from the page chrome. */
export interface LabelIndex {
  /** The form's title, if its chrome named it. */
  form(formId: string): string | undefined;
  /** The field's visible label, if its chrome has one. */
  field(formId: string, fieldId: string): string | undefined;
  /** "전입신고 › 전입 예정일": the visible names, each id standing in where no name is known. */
  name(formId: string, fieldId?: string): string;
  /** The chrome of one field. */
  chrome(formId: string, fieldId: string): ChromeFieldRow | undefined;
}

const key = (formId: string, fieldId: string) => `${formId}\u0000${fieldId}`;

/**
 * Indexes chrome rows for lookups by form and field id.
 *
 * @example
 * buildLabelIndex(rows).name('j_idt45', 'txtAplcntNm'); // '전입신고 › 신청인 성명'
 */
export function buildLabelIndex(rows: readonly ChromeFieldRow[]): LabelIndex {
  const forms = new Map<string, string>();
  const fields = new Map<string, ChromeFieldRow>();
  for (const row of rows) {
    if (row.form_title && !forms.has(row.form_id)) forms.set(row.form_id, row.form_title);
    fields.set(key(row.form_id, row.field_id), row);
  }
  const index: LabelIndex = {
    form: (formId) => forms.get(formId),
    field: (formId, fieldId) => fields.get(key(formId, fieldId))?.label || undefined,
    chrome: (formId, fieldId) => fields.get(key(formId, fieldId)),
    name: (formId, fieldId) => {
      const form = index.form(formId) ?? formId;
      return fieldId === undefined ? form : `${form} › ${index.field(formId, fieldId) ?? fieldId}`;
    },
  };
  return index;
}

/** The labels of a target's form and field (absent parts left out). */
export function targetLabels(index: LabelIndex, formId?: string, fieldId?: string): InsightLabels {
  const labels: InsightLabels = {};
  const form = formId ? index.form(formId) : undefined;
  const field = formId && fieldId ? index.field(formId, fieldId) : undefined;
  if (form) labels.form = form;
  if (field) labels.field = field;
  return labels;
}
