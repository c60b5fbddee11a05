import { BENCHMARK_ROUNDING, type BenchmarkRow, type BenchmarkTotal } from '@minwon-ux/api-contract';

/** One agency's exact counts for one service in a period (never published as they are). */
export interface AgencyCounts {
  agencyId: string;
  /** Sessions that started the service's form. */
  sessions: number;
  completions: number;
  errorSessions: number;
  abandonSessions: number;
  /** Median seconds from start to completion over `completions` sessions (exact), null without any. */
  medianCompletionSeconds: number | null;
  /** The scorecard's score of these counts (null when unscored). */
  score: number | null;
}

/** The exact counts of all shared agencies together (medians cannot be summed, so the query gives it). */
export type TotalCounts = Omit<AgencyCounts, 'agencyId' | 'score'> & { agencies: number };

/** How each agency appears to the caller. */
export interface AgencyLabel {
  agency: string;
  pseudonym: string | null;
}

export interface PublishOptions {
  /** `MINWON_SHARE_MIN_SESSIONS`. */
  minSessions: number;
  /** Agencies that opted in. */
  shared: ReadonlySet<string>;
  /** The caller's agency: its row is shown to it even when it does not share (never in the total). */
  ownAgencyId?: string | undefined;
  label(agencyId: string): AgencyLabel;
}

export interface Published {
  rows: BenchmarkRow[];
  suppressed: number;
  total: BenchmarkTotal | null;
  /** The agencies whose rows are withheld (never served). */
  hidden: string[];
  /** Each published row by agency id (never served). */
  byAgency: Map<string, BenchmarkRow>;
}

/**
 * Rounds a session count for publication: to the nearest multiple of 5 (half up), never below
 * `minSessions` (a published row has at least that many).
 *
 * @example
 * roundSessions(12, 10); // 10
 * roundSessions(13, 10); // 15
 */
export function roundSessions(n: number, minSessions: number): number {
  const step = BENCHMARK_ROUNDING.sessionsTo;
  return Math.max(minSessions, Math.floor(n / step + 0.5) * step);
}

/** A rate rounded to 1 % (two decimals of a 0–1 fraction). */
export function roundRate(part: number, whole: number): number {
  const scale = 10 ** BENCHMARK_ROUNDING.rateDecimals;
  return whole > 0 ? Math.round((part / whole) * scale) / scale : 0;
}

/** A median published only when it is taken over at least `minSessions` completions, to the nearest 5 s. */
export function roundMedian(seconds: number | null, completions: number, minSessions: number): number | null {
  if (seconds === null || completions < minSessions) return null;
  const step = BENCHMARK_ROUNDING.secondsTo;
  return Math.floor(seconds / step + 0.5) * step;
}

/**
 * Which shared agencies' rows are withheld: every row with fewer than `minSessions` sessions, and —
 * complementary suppression, because the total of all shared agencies is published — while the
 * withheld rows together have fewer than `minSessions` sessions, the smallest published row too
 * (ties by agency id), so that the total minus the published rows never describes fewer than
 * `minSessions` sessions. Returns the withheld ids and whether the total may be published (it may
 * not when it, or the withheld remainder, would still be below `minSessions`).
 *
 * @example
 * suppressionOf([{ agencyId: 'a', sessions: 3 }, { agencyId: 'b', sessions: 40 }, { agencyId: 'c', sessions: 12 }], 10);
 * // { hidden: ['a', 'c'], totalPublished: true }
 */
export function suppressionOf(
  rows: readonly Pick<AgencyCounts, 'agencyId' | 'sessions'>[],
  minSessions: number,
): { hidden: string[]; totalPublished: boolean } {
  const live = rows.filter((r) => r.sessions > 0);
  const hidden = live.filter((r) => r.sessions < minSessions);
  const published = live
    .filter((r) => r.sessions >= minSessions)
    .sort((a, b) => a.sessions - b.sessions || (a.agencyId < b.agencyId ? -1 : 1));
  let hiddenSessions = hidden.reduce((sum, r) => sum + r.sessions, 0);
  while (hidden.length > 0 && hiddenSessions < minSessions && published.length > 0) {
    const next = published.shift()!;
    hidden.push(next);
    hiddenSessions += next.sessions;
  }
  const totalSessions = live.reduce((sum, r) => sum + r.sessions, 0);
  const totalPublished = totalSessions >= minSessions && (hidden.length === 0 || hiddenSessions >= minSessions);
  return { hidden: hidden.map((r) => r.agencyId), totalPublished };
}

function toRow(c: AgencyCounts, label: AgencyLabel, own: boolean, minSessions: number): BenchmarkRow {
  return {
    agency: label.agency,
    pseudonym: label.pseudonym,
    own,
    sessions: roundSessions(c.sessions, minSessions),
    completionRate: roundRate(c.completions, c.sessions),
    errorRate: roundRate(c.errorSessions, c.sessions),
    abandonRate: roundRate(c.abandonSessions, c.sessions),
    medianCompletionSeconds: roundMedian(c.medianCompletionSeconds, c.completions, minSessions),
    score: c.score,
  };
}

/**
 * Turns exact per-agency counts of one service into what may be published: shared agencies' rows
 * (and the caller's own) with at least `minSessions` sessions after complementary suppression,
 * rounded; the total of the shared agencies when it cannot reveal a withheld row.
 *
 * @example
 * const { rows, suppressed, total } = publishBenchmark(counts, totals, { minSessions: 10, shared, label });
 */
export function publishBenchmark(
  counts: readonly AgencyCounts[],
  totalCounts: TotalCounts | null,
  { minSessions, shared, ownAgencyId, label }: PublishOptions,
): Published {
  const sharedCounts = counts.filter((c) => shared.has(c.agencyId));
  const { hidden, totalPublished } = suppressionOf(sharedCounts, minSessions);
  const ownCounts = counts.find((c) => c.agencyId === ownAgencyId && c.sessions > 0);
  if (ownCounts && !shared.has(ownCounts.agencyId) && ownCounts.sessions < minSessions) hidden.push(ownCounts.agencyId);
  const withheld = new Set(hidden);
  const rows: BenchmarkRow[] = [];
  const byAgency = new Map<string, BenchmarkRow>();
  for (const c of counts) {
    const own = c.agencyId === ownAgencyId;
    if (c.sessions <= 0 || withheld.has(c.agencyId)) continue;
    if (!own && !shared.has(c.agencyId)) continue;
    const row = toRow(c, label(c.agencyId), own, minSessions);
    rows.push(row);
    byAgency.set(c.agencyId, row);
  }
  rows.sort((a, b) => b.completionRate - a.completionRate || b.sessions - a.sessions || (a.agency < b.agency ? -1 : 1));
  const total: BenchmarkTotal | null =
    totalPublished && totalCounts && totalCounts.sessions >= minSessions
      ? {
          agencies: totalCounts.agencies,
          sessions: roundSessions(totalCounts.sessions, minSessions),
          completionRate: roundRate(totalCounts.completions, totalCounts.sessions),
          errorRate: roundRate(totalCounts.errorSessions, totalCounts.sessions),
          abandonRate: roundRate(totalCounts.abandonSessions, totalCounts.sessions),
          medianCompletionSeconds: roundMedian(
            totalCounts.medianCompletionSeconds,
            totalCounts.completions,
            minSessions,
          ),
        }
      : null;
  return { rows, suppressed: hidden.length, total, hidden, byAgency };
}
