/** The filters every dashboard query takes. Days are `YYYY-MM-DD` (UTC), inclusive; device '' = all. */
export interface QueryFilters {
  site: string;
  from: string;
  to: string;
  device: string;
}

export const INSIGHT_KINDS = [
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
export type InsightKind = (typeof INSIGHT_KINDS)[number];

export interface Localized {
  ko: string;
  en: string;
}

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
  /** 0–1: how much the pattern costs one citizen (see severity.ts). */
  impact: number;
  severity: number;
  evidence: { chart: EvidenceChart; metrics: Record<string, number | string>; details?: unknown };
  recommendation: Localized & { basis: string[] };
  exampleSessions: { sessionId: string; replay: boolean }[];
}
