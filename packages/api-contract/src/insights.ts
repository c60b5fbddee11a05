import type { DescribedEvidence } from './evidence.ts';

/** Text in both dashboard languages. */
export interface Localized {
  ko: string;
  en: string;
}

/** The detectors of behaviour alone (each has its own evidence describer). */
export const BEHAVIOUR_INSIGHT_KINDS = [
  'error_prone_field',
  'abandonment_field',
  'slow_field',
  'menu_hunting',
  'misleading_menu_item',
  'unused_menu_item',
  'click_hot_spot',
  'long_dwell',
  'step_drop_off',
] as const;

/** The detectors whose findings the insights page ranks. */
export const INSIGHT_KINDS = [
  ...BEHAVIOUR_INSIGHT_KINDS,
  // markup-aware findings (issue 14): page chrome combined with behaviour
  'unlabelled_field',
  'unlinked_error_message',
  'numeric_keyboard_missing',
  'free_text_date',
  'missing_autocomplete',
  'unmarked_required_field',
  // click and scroll maps (issue 18)
  'looks_clickable',
  'unseen_content',
] as const;
export type InsightKind = (typeof INSIGHT_KINDS)[number];

/** Which dashboard chart shows an insight's evidence. */
export type EvidenceChart =
  | 'forms.errors'
  | 'forms.funnel'
  | 'forms.hesitation'
  | 'menus.treemap'
  | 'menus.paths'
  | 'pages.dwell'
  | 'pages.quick_backs'
  | 'pages.clicks'
  | 'forms.steps';

/** What an insight is about: a form field, a menu item, a page element, a form step. */
export interface InsightTarget {
  formId?: string;
  fieldId?: string;
  menuLabel?: string;
  menuTrail?: string[];
  path?: string;
  element?: string;
  step?: number;
}

/**
 * The names citizens see for an insight's target, from the page chrome the SDK reports (form title,
 * field label, step label, menu label); absent where no chrome was reported. Ids stay in `target`.
 */
export interface InsightLabels {
  form?: string;
  field?: string;
  step?: string;
  menu?: string;
}

/** The markup-aware kinds: a defect in what the page shows, ranked by the harm measured on it. */
export const MARKUP_INSIGHT_KINDS = [
  'unlabelled_field',
  'unlinked_error_message',
  'numeric_keyboard_missing',
  'free_text_date',
  'missing_autocomplete',
  'unmarked_required_field',
] as const satisfies readonly InsightKind[];
export type MarkupInsightKind = (typeof MARKUP_INSIGHT_KINDS)[number];

/** A ranked finding with evidence, affected sessions, severity and a recommendation. */
export interface Insight {
  /** Stable for the same kind and target: `kind:target…` URL-encoded. */
  id: string;
  kind: InsightKind;
  title: Localized;
  target: InsightTarget;
  affectedSessions: number;
  /** The sessions the share is taken of (form starters, menu users, page visitors…). */
  population: number;
  share: number;
  /** 0–1: how much the pattern costs one citizen (see the collector's severity.ts). */
  impact: number;
  severity: number;
  /**
   * `metrics` and `details` are the detector's raw figures; the API adds the readable evidence
   * (`facts`, `comparison`, `severityFormula`, evidence.ts) to every insight it serves.
   */
  evidence: {
    chart: EvidenceChart;
    metrics: Record<string, number | string>;
    details?: unknown;
  } & Partial<DescribedEvidence>;
  recommendation: Localized & { basis: string[] };
  exampleSessions: { sessionId: string; replay: boolean }[];
  /** The target as citizens see it, e.g. "전입신고 › 전입 예정일" (ids in `target`, for a tooltip). */
  targetLabel?: string;
  /** Each part of the target by its visible name. */
  labels?: InsightLabels;
}

/** `GET /api/sites/:site/insights?from&to&device[&kind][&limit]`: ranked, most severe first. */
export interface InsightsResponse {
  insights: Insight[];
  /** How many insights there are before `limit`. */
  total: number;
  /** When the oldest archive run these figures rest on ran (ISO time), or null. */
  archivedAt: string | null;
}

/** `GET /api/sites/:site/insights/:id`: one insight with its example sessions and replays. */
export interface InsightResponse {
  insight: Insight;
}
