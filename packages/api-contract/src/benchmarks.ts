/**
 * Joint use between agencies (issue 17): opt-in sharing, service benchmarks and their open-data CSV.
 *
 * Every figure that crosses agencies is an aggregate over at least `minSessions` sessions
 * (`MINWON_SHARE_MIN_SESSIONS`, default 10), rounded as `BENCHMARK_ROUNDING` says; see
 * docs/OPEN-DATA.md for the suppression and rounding rules.
 */

/** The default of `MINWON_SHARE_MIN_SESSIONS`: the fewest sessions a published figure may describe. */
export const SHARE_MIN_SESSIONS_DEFAULT = 10;

/**
 * How published figures are rounded: sessions to the nearest multiple of `sessionsTo` (half up,
 * never below `minSessions`), rates (0–1) to `rateDecimals` decimals (1 %), the median completion
 * time to the nearest `secondsTo` seconds.
 */
export const BENCHMARK_ROUNDING = { sessionsTo: 5, rateDecimals: 2, secondsTo: 5 } as const;

/** `PUT /api/admin/agencies/{id}/sharing` body. */
export interface SharingRequest {
  /** Show this agency's benchmarks to other agencies and in the open-data export. */
  enabled: boolean;
  /** Name the agency; otherwise it appears under its pseudonym ("기관 A"). */
  showName: boolean;
}

/** An agency's sharing choice. Off by default; the pseudonym is kept for good once assigned. */
export interface SharingSettings extends SharingRequest {
  agencyId: string;
  /** Letters only ("A", "QK"): shown as "기관 A" / "Agency A". */
  pseudonym: string;
}

/** `PUT` and `GET /api/admin/agencies/{id}/sharing` */
export interface SharingResponse {
  sharing: SharingSettings;
}

/** One agency's figures for one service in a period; only agencies with ≥ `minSessions` sessions. */
export interface BenchmarkRow {
  /** The agency's name when it chose `showName` (or it is the caller's own), else "기관 A". */
  agency: string;
  /** The pseudonym's letters when the agency is not named, else null. */
  pseudonym: string | null;
  /** The caller's own agency. */
  own: boolean;
  /** Sessions that started the service's form, rounded (BENCHMARK_ROUNDING). */
  sessions: number;
  /** Share of those sessions that completed the form (0–1). */
  completionRate: number;
  /** Share of those sessions with at least one input error on the form (0–1). */
  errorRate: number;
  /** Share of those sessions that left the form unsent (0–1). */
  abandonRate: number;
  /** Median seconds from the form's start to its completion; null when fewer than `minSessions` completed. */
  medianCompletionSeconds: number | null;
  /** The scorecard's 0–100 score of these figures, when the scorecard is available; else null. */
  score: number | null;
}

/** All shared agencies' sessions of a service together (the caller's unshared own row excluded). */
export interface BenchmarkTotal {
  /** Agencies whose sessions are in the total, published or not. */
  agencies: number;
  sessions: number;
  completionRate: number;
  errorRate: number;
  abandonRate: number;
  medianCompletionSeconds: number | null;
}

/** `GET /api/benchmarks?service&from&to` */
export interface BenchmarksResponse {
  service: string;
  from: string;
  to: string;
  minSessions: number;
  rows: BenchmarkRow[];
  /** Agencies with sessions of this service whose rows are withheld (too few sessions, or complementary). */
  suppressed: number;
  /** Null when it would describe fewer than `minSessions` sessions. */
  total: BenchmarkTotal | null;
}

/** `GET /api/benchmarks/services?from&to`: service codes of the caller's forms and of shared agencies' forms. */
export interface BenchmarkServicesResponse {
  services: {
    code: string;
    own: boolean;
    /** Our own form's title for this service as citizens see it (page chrome); null when we have none. */
    title: string | null;
  }[];
}

/** One field's share of sessions with an input error on it (0–1). */
export interface FieldErrorRate {
  fieldId: string;
  errorRate: number;
}

/** `GET /api/benchmarks/fields?service&from&to`: our fields' error rates against the peers'. */
export interface BenchmarkFieldsResponse {
  service: string;
  minSessions: number;
  /**
   * Our own fields' labels as citizens see them (field id → label), from our forms' page chrome; fields
   * are compared with the peers' by id, and no peer's page text is served.
   */
  labels: Record<string, string>;
  /** Null when our agency has fewer than `minSessions` sessions of this service. */
  own: { sessions: number; fields: FieldErrorRate[] } | null;
  /** Published peers' sessions pooled (each peer ≥ `minSessions`); null without any. */
  peers: { agencies: number; sessions: number; fields: FieldErrorRate[] } | null;
  /** The published peer with the highest completion rate, and its fields. */
  best: {
    agency: string;
    pseudonym: string | null;
    completionRate: number;
    medianCompletionSeconds: number | null;
    fields: FieldErrorRate[];
  } | null;
}

/** A form of the caller's site and the service it counts for. */
export interface FormServiceMapping {
  formId: string;
  /** The form's title as citizens see it (page chrome); null until the SDK has reported it. */
  title: string | null;
  /** The code the form's markup declares (`data-ux-service`), '' when none. */
  tagged: string;
  /** The admin's mapping: a code, '' for "no service", null when unmapped (the tag counts). */
  mapped: string | null;
}

/** `GET /api/sites/{key}/form-services?from&to` */
export interface FormServicesResponse {
  forms: FormServiceMapping[];
}

/** `PUT /api/sites/{key}/form-services/{formId}` body: a code, '' for "no service", null to unmap. */
export interface FormServiceRequest {
  serviceCode: string | null;
}

/** `PUT /api/sites/{key}/form-services/{formId}` answer: the mapping as saved. */
export interface FormServiceResponse extends FormServiceRequest {
  formId: string;
}

/**
 * The columns of `GET /api/exports/benchmarks.csv`, in order (docs/OPEN-DATA.md is their data dictionary).
 *
 * @example
 * const header = BENCHMARK_CSV_COLUMNS.join(',');
 */
export const BENCHMARK_CSV_COLUMNS = [
  'period_from',
  'period_to',
  'service_code',
  'row_type',
  'agency',
  'sessions',
  'completion_rate',
  'error_rate',
  'abandon_rate',
  'median_completion_seconds',
  'score',
  'suppressed_agencies',
] as const;
