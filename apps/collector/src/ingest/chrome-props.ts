import type { WireEvent } from '@minwon-ux/schema';
import type { BatchScrubber } from './batch-scrubber.ts';

type FormChromeEvent = Extract<WireEvent, { kind: 'form_chrome' }>;

/** Label sources that give a field its accessible name (the others are visual only or none). */
const PROGRAMMATIC = new Set(['for', 'wrap', 'labelledby', 'aria', 'title']);

/**
 * The `props` of a `form_chrome` event's row in `events`: the chrome's hash, the form's title and its
 * fields as JSON (snake_case keys, flags as 0/1), every text scrubbed. The `form_chrome_mv` view
 * (migration 0045) turns the JSON into one `form_chrome` row per field.
 *
 * @example
 * chromeProps(event, scrub).fields; // '[{"field_id":"txtAplcntNm","label":"신청인 성명",…}]'
 */
export function chromeProps(event: FormChromeEvent, scrub: BatchScrubber): Record<string, string> {
  const fields = event.fields.map((f) => ({
    field_id: scrub.text(f.fieldId),
    field_order: f.order,
    label: scrub.text(f.label),
    label_source: f.labelSource,
    programmatic_label: PROGRAMMATIC.has(f.labelSource) ? 1 : 0,
    required: f.required ? 1 : 0,
    required_mark: f.requiredMark ? 1 : 0,
    field_type: scrub.text(f.fieldType),
    input_mode: scrub.text(f.inputMode),
    autocomplete: scrub.text(f.autocomplete),
    has_hint: f.hint ? 1 : 0,
    error_linked: f.errorLinked ? 1 : 0,
  }));
  return {
    chrome_hash: scrub.text(event.hash),
    form_title: scrub.text(event.formTitle),
    fields: JSON.stringify(fields),
  };
}
