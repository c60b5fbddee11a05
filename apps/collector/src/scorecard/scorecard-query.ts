import type { ScorecardInterval } from '@minwon-ux/api-contract';
import type { Store } from '../store/create-store.ts';
import type { Histogram } from '../store/histogram.ts';
import { runQuery } from '../store/query.ts';

/** The period a day falls in: its week's Monday or its month's first day. */
const PERIOD = `if({interval:String} = 'week', toMonday(day), toStartOfMonth(day))`;

/**
 * Per period, form and first-time/returning: the sessions that started the form, and of those the
 * ones that completed it, saw an input error, saw a repeated error — each day's (FINAL merges a day's
 * rows; the day's hash arrays are intersected, then the days summed: a session that starts one day and
 * ends the next counts as not completed, where the union of 180 days of hash sets cost ≈4× more on
 * the 10M-event bench); the completion-time histogram; the survey's answers. One read of
 * `daily_scorecard` (0051).
 */
export const SCORECARD_FORMS_SQL = `
SELECT toString(${PERIOD}) AS period, form_id AS formId, returning,
       sum(length(start_hashes)) AS starts,
       sum(length(arrayIntersect(success_hashes, start_hashes))) AS completions,
       sum(length(arrayIntersect(error_hashes, start_hashes))) AS errorStarts,
       sum(length(arrayIntersect(repeat_error_hashes, start_hashes))) AS repeatErrorStarts,
       sumMap(completion_hist) AS hist,
       sum(answers) AS answers, sum(answer_sum) AS answerSum
FROM minwon_ux.daily_scorecard FINAL
WHERE site_id = {site:String} AND day BETWEEN {from:Date} AND {to:Date}
GROUP BY period, formId, returning
ORDER BY period, formId, returning`;

/** Per period, the site's sessions (each day's distinct sessions summed, as the overview counts them). */
export const SCORECARD_SESSIONS_SQL = `
SELECT toString(${PERIOD}) AS period, sum(length(sessions)) AS sessions
FROM minwon_ux.daily_sessions FINAL
WHERE site_id = {site:String} AND day BETWEEN {from:Date} AND {to:Date}
GROUP BY period ORDER BY period`;

/** One row of `SCORECARD_FORMS_SQL`. */
export interface ScorecardFormRow {
  period: string;
  formId: string;
  returning: number;
  starts: number;
  completions: number;
  errorStarts: number;
  repeatErrorStarts: number;
  hist: Histogram;
  answers: number;
  answerSum: number;
}

/** What the scorecard is built from. */
export interface ScorecardRows {
  forms: ScorecardFormRow[];
  sessions: { period: string; sessions: number }[];
}

/** Range and bucketing of a scorecard read. */
export interface ScorecardQuery {
  site: string;
  from: string;
  to: string;
  interval: ScorecardInterval;
}

/**
 * Reads a site's scorecard inputs for a range: two rollup queries.
 *
 * @example
 * const rows = await queryScorecardRows(store, { site: 'demo', from: '2026-06-01', to: '2026-11-30', interval: 'month' });
 */
export async function queryScorecardRows(store: Store, q: ScorecardQuery): Promise<ScorecardRows> {
  const params = { site: q.site, from: q.from, to: q.to, interval: q.interval };
  const forms = await runQuery<ScorecardFormRow>(store, SCORECARD_FORMS_SQL, params);
  const sessions = await runQuery<{ period: string; sessions: number }>(store, SCORECARD_SESSIONS_SQL, params);
  return {
    forms: forms.map((r) => ({
      period: r.period,
      formId: r.formId,
      returning: Number(r.returning),
      starts: Number(r.starts),
      completions: Number(r.completions),
      errorStarts: Number(r.errorStarts),
      repeatErrorStarts: Number(r.repeatErrorStarts),
      hist: r.hist,
      answers: Number(r.answers),
      answerSum: Number(r.answerSum),
    })),
    sessions: sessions.map((r) => ({ period: r.period, sessions: Number(r.sessions) })),
  };
}
