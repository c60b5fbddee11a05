import type {
  ScorecardIndicators,
  ScorecardInterval,
  ScorecardPeriod,
  ScorecardService,
  ScorecardTargets,
} from '@minwon-ux/api-contract';
import { type Histogram, histogramQuantileOf } from '../store/histogram.ts';
import { emptyIndicators, scoreIndicators } from './formula.ts';
import type { ScorecardFormRow, ScorecardRows } from './scorecard-query.ts';

const DAY_MS = 86_400_000;

/**
 * The periods of a range: weeks start on Monday, months on the 1st (UTC), each clipped to the range.
 *
 * @example
 * periodsOf('2026-11-04', '2026-11-20', 'week');
 * // [{ key: '2026-11-02', from: '2026-11-04', to: '2026-11-08' }, …, { key: '2026-11-16', from: '2026-11-16', to: '2026-11-20' }]
 */
export function periodsOf(from: string, to: string, interval: ScorecardInterval) {
  const end = Date.parse(to);
  const periods: { key: string; from: string; to: string }[] = [];
  let start = periodStart(Date.parse(from), interval);
  while (start <= end) {
    const next = nextPeriod(start, interval);
    periods.push({
      key: isoDay(start),
      from: isoDay(Math.max(start, Date.parse(from))),
      to: isoDay(Math.min(next - DAY_MS, end)),
    });
    start = next;
  }
  return periods;
}

/**
 * Sums form rows into indicators: first-time rows (`returning` 0) and returning rows, the completion
 * time median from the merged histograms (seconds, one decimal), survey answers.
 *
 * @example
 * const ind = indicatorsOf(rows, 420);
 */
export function indicatorsOf(rows: readonly ScorecardFormRow[], sessions: number): ScorecardIndicators {
  const ind = { ...emptyIndicators(), sessions };
  const all: Histogram = {};
  const first: Histogram = {};
  const back: Histogram = {};
  for (const r of rows) {
    ind.starts += r.starts;
    ind.completions += r.completions;
    ind.errorStarts += r.errorStarts;
    ind.repeatErrorStarts += r.repeatErrorStarts;
    ind.answers += r.answers;
    ind.answerSum += r.answerSum;
    if (r.returning) {
      ind.returningStarts += r.starts;
      ind.returningCompletions += r.completions;
    } else {
      ind.firstStarts += r.starts;
      ind.firstCompletions += r.completions;
    }
    addHistogram(all, r.hist);
    addHistogram(r.returning ? back : first, r.hist);
  }
  ind.medianCompletionSeconds = medianSeconds(all);
  ind.firstMedianSeconds = medianSeconds(first);
  ind.returningMedianSeconds = medianSeconds(back);
  return ind;
}

/**
 * Scores each period of the range from the rows (a period without data is unscored, not dropped).
 *
 * @example
 * const periods = buildPeriods(rows, { from, to, interval }, targets);
 */
export function buildPeriods(
  rows: ScorecardRows,
  range: { from: string; to: string; interval: ScorecardInterval },
  targets: ScorecardTargets,
): ScorecardPeriod[] {
  const sessions = new Map(rows.sessions.map((r) => [r.period, r.sessions]));
  return periodsOf(range.from, range.to, range.interval).map((p) => {
    const indicators = indicatorsOf(
      rows.forms.filter((r) => r.period === p.key),
      sessions.get(p.key) ?? 0,
    );
    return {
      from: p.from,
      to: p.to,
      sessions: indicators.sessions,
      indicators,
      ...scoreIndicators(indicators, targets),
    };
  });
}

/** The whole range as one period. */
export function buildTotal(
  rows: ScorecardRows,
  range: { from: string; to: string },
  targets: ScorecardTargets,
): ScorecardPeriod {
  const sessions = rows.sessions.reduce((n, r) => n + r.sessions, 0);
  const indicators = indicatorsOf(rows.forms, sessions);
  return { from: range.from, to: range.to, sessions, indicators, ...scoreIndicators(indicators, targets) };
}

/**
 * One scored row per service (form) over the whole range, most started first. A service's sessions
 * are its form starts; `serviceCodes` maps a form to its national service code where known, `titles`
 * to its title as citizens see it.
 *
 * @example
 * const services = buildServices(rows.forms, targets, { serviceCodes: new Map([['apply', 'SVC-001']]), titles: { apply: '전입신고' } });
 */
export function buildServices(
  forms: readonly ScorecardFormRow[],
  targets: ScorecardTargets,
  names: { serviceCodes?: ReadonlyMap<string, string>; titles?: Readonly<Record<string, string>> } = {},
): ScorecardService[] {
  const byForm = new Map<string, ScorecardFormRow[]>();
  for (const r of forms) byForm.set(r.formId, [...(byForm.get(r.formId) ?? []), r]);
  const services = [...byForm].map(([formId, rows]) => {
    const starts = rows.reduce((n, r) => n + r.starts, 0);
    const indicators = indicatorsOf(rows, starts);
    return {
      formId,
      title: names.titles?.[formId] ?? null,
      serviceCode: names.serviceCodes?.get(formId) ?? null,
      sessions: starts,
      indicators,
      ...scoreIndicators(indicators, targets),
    };
  });
  return services.sort((a, b) => b.sessions - a.sessions || (a.formId < b.formId ? -1 : 1));
}

function addHistogram(into: Histogram, hist: Histogram): void {
  for (const [k, n] of Object.entries(hist)) into[k] = (into[k] ?? 0) + Number(n);
}

function medianSeconds(hist: Histogram): number | null {
  const ms = histogramQuantileOf(hist, 0.5);
  return Number.isNaN(ms) ? null : Math.round(ms / 100) / 10;
}

function periodStart(t: number, interval: ScorecardInterval): number {
  const d = new Date(t);
  if (interval === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return t - ((d.getUTCDay() + 6) % 7) * DAY_MS;
}

function nextPeriod(start: number, interval: ScorecardInterval): number {
  const d = new Date(start);
  if (interval === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return start + 7 * DAY_MS;
}

function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
