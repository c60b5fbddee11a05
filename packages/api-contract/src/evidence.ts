import type { Localized } from './insights.ts';

/**
 * How a metric's value reads: `ms` a duration (shown as seconds or minutes), `sessions` a count of
 * sessions, `count` any other count, `share` 0–1 (shown as %), `ratio` a multiple (×), `score` a
 * severity, `text` a string shown as it is.
 */
export type MetricUnit = 'ms' | 'sessions' | 'count' | 'share' | 'ratio' | 'score' | 'text';

/**
 * One evidence figure as a service designer reads it: a label and, where it helps, what it means,
 * in both languages; the dashboard formats `value` by `unit` in the reader's language.
 *
 * @example
 * const fact: EvidenceMetric = {
 *   key: 'hesitationMedianMs', value: 5600, unit: 'ms',
 *   label: { ko: '입력을 시작하기까지(중앙값)', en: 'Time before typing (median)' },
 *   meaning: { ko: '이 서식의 다른 항목 중앙값 0.9초의 6.2배', en: '6.2× the 0.9 s median of the form’s other fields' },
 * };
 */
export interface EvidenceMetric {
  /** The raw metric's key in `evidence.metrics` (for analysts and tests, never shown). */
  key: string;
  value: number | string;
  unit: MetricUnit;
  /** The value in words when it is not a number (an error type, a message, a page): shown instead of `value`. */
  text?: Localized;
  label: Localized;
  meaning?: Localized;
}

/** One bar of an evidence comparison. */
export interface EvidenceBar {
  label: Localized;
  value: number;
  /** The bar the insight is about (this field, this step, this item, the path taken). */
  highlight?: boolean;
  /** An id or path shown as a tooltip beside the label. */
  detail?: string;
}

/**
 * The comparison an insight's evidence chart draws: the insight's target beside what it is compared
 * with (the form's other fields, the steps before and after, the path intended…), never empty.
 */
export interface EvidenceComparison {
  title: Localized;
  unit: MetricUnit;
  bars: EvidenceBar[];
  /** A reference line, e.g. the form's median or the threshold. */
  reference?: { label: Localized; value: number };
}

/** How the severity that ranks an insight was computed: affected sessions × impact. */
export interface SeverityFormula {
  affectedSessions: number;
  impact: number;
  severity: number;
  /** What the impact stands for ("the citizen did not get the service" …). */
  impactMeaning: Localized;
}

/** The readable evidence the API adds to every insight it serves (`Insight.evidence`). */
export interface DescribedEvidence {
  /** The evidence figures with labels, units and meaning, most telling first. */
  facts: EvidenceMetric[];
  comparison: EvidenceComparison;
  severityFormula: SeverityFormula;
}
