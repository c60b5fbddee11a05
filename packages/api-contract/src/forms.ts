/** Per-form funnel counts (sessions). */
export interface FormSummary {
  formId: string;
  starters: number;
  submitters: number;
  completers: number;
  abandoners: number;
  errorSessions: number;
  submits: number;
  blockedSubmits: number;
}

/** Sessions reaching each step; `successes` is the form's completers on the step 0 row, else 0. */
export interface FormStep {
  formId: string;
  step: number;
  label: string;
  reached: number;
  successes: number;
}

/** Per-field funnel, error and hesitation figures (durations in ms). */
export interface FieldMetrics {
  formId: string;
  fieldId: string;
  touched: number;
  errorSessions: number;
  errors: number;
  repeatErrors: number;
  abandons: number;
  corrections: number;
  focusP50: number;
  hesitationP50: number;
  hesitationP90: number;
}

/** The error table: scrubbed messages per field and error kind. */
export interface FieldErrorRow {
  formId: string;
  fieldId: string;
  errorKind: string;
  message: string;
  errors: number;
  sessions: number;
}

/**
 * Forms and fields by the names citizens see (the page chrome the SDK reports): form titles by form
 * id, field labels by form id then field id. Ids without reported chrome are absent: show the id.
 */
export interface FormLabels {
  forms: Record<string, string>;
  fields: Record<string, Record<string, string>>;
}

/** `GET /api/sites/:site/forms` */
export interface FormsResponse {
  forms: FormSummary[];
  fields: FieldMetrics[];
  errors: FieldErrorRow[];
  steps: FormStep[];
  /** Visible names of the forms and fields above (issue 14); absent when no chrome was reported. */
  labels?: FormLabels;
  /** When the oldest archive run the figures rest on ran (ISO time); null when the range has no events. */
  archivedAt: string | null;
}

/**
 * The field thresholds the detectors use and the forms page highlights with: one source for both.
 * `errorProneMinRate`: share of a field's sessions with an input error; `slowFactor` × the form's
 * median and at least `slowMinMs` of hesitation or focus make a field slow.
 */
export const FIELD_THRESHOLDS = { errorProneMinRate: 0.15, slowFactor: 2.5, slowMinMs: 5000 } as const;
