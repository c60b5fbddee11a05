/**
 * The closed vocabularies of the analyst schema (DESIGN.md, "Stored events").
 * Plain `as const` arrays so the browser SDK can import their types without zod.
 */
export const EVENT_KINDS = [
  'page_view',
  'page_dwell',
  'menu_open',
  'menu_click',
  'site_search',
  'field_dwell',
  'input_error',
  'form_start',
  'form_submit',
  'form_success',
  'form_abandon',
  'step_view',
  'rage_click',
  'dead_click',
  'quick_back',
  'custom',
  'click',
  'form_chrome',
  'survey_answer',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * The device classes the collector derives from the user agent (`events.device`, which also holds
 * `other` for the rest), and the device filter's values on every dashboard page.
 */
export const DEVICES = ['desktop', 'mobile', 'tablet'] as const;
export type Device = (typeof DEVICES)[number];

export const ERROR_KINDS = [
  'value_missing',
  'type_mismatch',
  'pattern_mismatch',
  'too_short',
  'too_long',
  'range_underflow',
  'range_overflow',
  'step_mismatch',
  'bad_input',
  'custom',
  'server',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/**
 * How a field's visible label is tied to it (`form_chrome`): programmatically (`for`, `wrap`,
 * `labelledby`, `aria`, `title`), only visually (`visual`: KRDS `.form-tit` text or a neighbour
 * without `for`), by its placeholder alone, or not at all.
 */
export const LABEL_SOURCES = ['for', 'wrap', 'labelledby', 'aria', 'title', 'visual', 'placeholder', 'none'] as const;
export type LabelSource = (typeof LABEL_SOURCES)[number];

export const ERROR_SOURCES = ['constraint', 'aria', 'class', 'markup', 'api', 'server'] as const;
export type ErrorSource = (typeof ERROR_SOURCES)[number];

/** Wire format version carried by every batch (`v`). Bump only with a new schema beside the old. */
export const WIRE_VERSION = 1 as const;

/** Limits shared by the SDK (to stay under them) and the collector (to enforce them). */
export const WIRE_LIMITS = {
  maxEventsPerBatch: 500,
  maxBodyBytes: 512 * 1024,
  maxStringLength: 1024,
  maxPathLength: 2048,
  maxTrailDepth: 8,
  maxProps: 32,
  maxPropKeyLength: 64,
  /** `form_chrome`: fields described per form, and the length of a title or label. */
  maxChromeFields: 100,
  maxLabelLength: 200,
} as const;
