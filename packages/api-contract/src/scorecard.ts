/**
 * The UX scorecard (issue 16): five criteria of the 국민평가단 practice measured from events, each
 * scored 0–100 against per-agency targets, a composite score and a band (우수 ≥ 80, 보통, 미흡 < 60).
 * The formula lives in the collector (`scorecard/formula.ts`); docs/SCORECARD.md explains it.
 *
 * @example
 * import type { ScorecardResponse } from '@minwon-ux/api-contract';
 */

/** The five criteria, in the order the dashboard shows them. */
export const SCORECARD_CRITERIA = [
  'efficiency',
  'errorPrevention',
  'learnability',
  'memorability',
  'satisfaction',
] as const;
export type ScorecardCriterion = (typeof SCORECARD_CRITERIA)[number];

/** Period lengths of `GET /api/sites/{key}/scorecard?interval=`. */
export const SCORECARD_INTERVALS = ['week', 'month'] as const;
export type ScorecardInterval = (typeof SCORECARD_INTERVALS)[number];

/** Bands: 우수 (excellent) ≥ 80, 보통 (fair), 미흡 (poor) < 60. */
export const SCORECARD_BANDS = ['excellent', 'fair', 'poor'] as const;
export type ScorecardBand = (typeof SCORECARD_BANDS)[number];
export const SCORECARD_BAND_THRESHOLDS = { excellent: 80, poor: 60 } as const;

/** Why a period or criterion was not scored. */
export type ScorecardUnscoredReason = 'too_few_sessions' | 'too_few_samples';

/**
 * One criterion's target: the indicator value that scores 100 (`best`) and the one that scores 0
 * (`worst`); values in between score linearly, beyond them the score is clamped. `best < worst` means
 * lower is better (seconds, error shares). `minSamples`: below this many observations the criterion
 * is not measurable (null).
 */
export interface CriterionTarget {
  best: number;
  worst: number;
  minSamples: number;
}

/** An agency's targets (defaults in the collector's formula). */
export interface ScorecardTargets {
  /** Below this many sessions a period is insufficient: score null with a reason. */
  minSessions: number;
  /** Weight of each criterion in the composite (renormalised over the measured ones). */
  weights: Record<ScorecardCriterion, number>;
  criteria: Record<ScorecardCriterion, CriterionTarget>;
  /** Weight of the repeated-error share inside 오류 방지 (the rest goes to the error share). */
  repeatErrorWeight: number;
}

/** The formula a response was scored with: its version and the targets applied. */
export interface ScorecardFormula {
  version: string;
  targets: ScorecardTargets;
  bands: typeof SCORECARD_BAND_THRESHOLDS;
}

/**
 * The raw counts a period (or a service) is scored from. Sessions stand in for citizens.
 * `first*` are sessions of first-time visitors, `returning*` of visitors the SDK saw before.
 */
export interface ScorecardIndicators {
  sessions: number;
  starts: number;
  completions: number;
  medianCompletionSeconds: number | null;
  errorStarts: number;
  repeatErrorStarts: number;
  firstStarts: number;
  firstCompletions: number;
  firstMedianSeconds: number | null;
  returningStarts: number;
  returningCompletions: number;
  returningMedianSeconds: number | null;
  answers: number;
  answerSum: number;
}

/** A criterion's measured value (its unit in docs/SCORECARD.md) and 0–100 score; null when not measurable. */
export interface CriterionScore {
  value: number | null;
  score: number | null;
  samples: number;
}

export type ScorecardCriteria = Record<ScorecardCriterion, CriterionScore>;

/** The scoring of one set of indicators. */
export interface ScoredIndicators {
  score: number | null;
  band: ScorecardBand | null;
  unscored: ScorecardUnscoredReason | null;
  criteria: ScorecardCriteria;
}

export interface ScorecardPeriod extends ScoredIndicators {
  /** First day, inclusive (YYYY-MM-DD). */
  from: string;
  /** Last day, inclusive (YYYY-MM-DD). */
  to: string;
  sessions: number;
  indicators: ScorecardIndicators;
}

/** One service (a form; its `data-ux-service` code where the site marks it) over the whole range. */
export interface ScorecardService extends ScoredIndicators {
  formId: string;
  /** The form's title as citizens see it (its page chrome, as of the range's end); null until the SDK has reported it. */
  title: string | null;
  serviceCode: string | null;
  sessions: number;
  indicators: ScorecardIndicators;
}

/** A recorded change (the change log) inside the range, for chart markers. */
export interface ScorecardChange {
  id: string;
  at: string;
  title: string;
}

/** `GET /api/sites/{key}/scorecard?from&to&interval=week|month` */
export interface ScorecardResponse {
  site: string;
  from: string;
  to: string;
  interval: ScorecardInterval;
  formula: ScorecardFormula;
  /** Whole range at once. */
  total: ScorecardPeriod;
  periods: ScorecardPeriod[];
  services: ScorecardService[];
  changes: ScorecardChange[];
}

/** One site of an agency roll-up, scored over the range. */
export interface AgencyScorecardSite extends ScoredIndicators {
  site: string;
  name: string;
  sessions: number;
  rank: number | null;
}

/** `GET /api/agencies/{id}/scorecard?from&to` — the agency's sites ranked by score. */
export interface AgencyScorecardResponse {
  agency: string;
  from: string;
  to: string;
  formula: ScorecardFormula;
  sites: AgencyScorecardSite[];
}

/** `GET /api/scorecard/digest` — the caller's digest subscription and whether mail can be sent. */
export interface DigestStateResponse {
  /** false when the collector has no `SMTP_URL`: nothing is sent. */
  mailConfigured: boolean;
  subscribed: boolean;
  email: string;
  sites: string[];
  /** The last month (YYYY-MM) a digest summarised for this user; null before the first. */
  lastMonth: string | null;
  /** The language the digest is written in. */
  lang: DigestLang;
}

/** The languages the digest mail is written in. */
export const DIGEST_LANGS = ['ko', 'en'] as const;
export type DigestLang = (typeof DIGEST_LANGS)[number];

/** `PUT /api/scorecard/digest` body. */
export interface DigestSubscriptionRequest {
  subscribed: boolean;
  /** The digest's language (the dashboard sends its own); unchanged when absent, Korean at first. */
  lang?: DigestLang;
}

/** `POST /api/scorecard/digest/send` — send last month's digest to every subscriber now (admins). */
export interface DigestSendResponse {
  mailConfigured: boolean;
  sent: number;
  failed: number;
}
