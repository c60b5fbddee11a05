import type { Localized } from './insights.ts';

/** What a recorded change touched. */
export const CHANGE_SCOPES = ['page', 'form', 'field', 'menu'] as const;
export type ChangeScope = (typeof CHANGE_SCOPES)[number];

/** A redesign a designer marked: the day it shipped and what it touched. */
export interface Change {
  id: string;
  changedOn: string;
  scope: ChangeScope;
  /** page: a path; form: a form id; field: `form_id/field_id`; menu: the menu label. */
  target: string;
  description: string;
  createdBy: string;
}

export type Verdict = 'helped' | 'worse' | 'no_change';
export type Direction = 'higher_is_better' | 'lower_is_better';

/** One metric before and after a change, with its test. */
export interface MetricComparison {
  metric: string;
  label: Localized;
  type: 'rate' | 'duration';
  direction: Direction;
  test: 'two-proportion z-test' | 'Mann–Whitney U';
  before: { value: number; n: number };
  after: { value: number; n: number };
  diff: number;
  pValue: number;
  /** Durations: 95 % bootstrap interval of the median difference. */
  interval?: { low: number; high: number };
  verdict: Verdict;
}

/** Two equal windows of days (`YYYY-MM-DD`, inclusive) around a change. */
export interface CompareWindows {
  before: { from: string; to: string };
  after: { from: string; to: string };
}

export interface ChangeComparison {
  change: Change;
  windows: CompareWindows;
  metrics: MetricComparison[];
  verdict: Verdict;
  summary: Localized;
}

/** `GET /api/sites/:site/changes` */
export interface ChangesResponse {
  changes: Change[];
}

/** `POST /api/sites/:site/changes` (201) */
export interface ChangeResponse {
  change: Change;
}

/** `GET /api/sites/:site/changes/:id/compare` */
export interface ComparisonResponse {
  comparison: ChangeComparison;
}
