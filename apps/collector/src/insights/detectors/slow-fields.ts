import { FIELD_THRESHOLDS } from '@minwon-ux/api-contract';
import { compareBytes } from '../../store/clickhouse-order.ts';
import type { Store } from '../../store/create-store.ts';
import { type Histogram, histogramQuantile } from '../../store/histogram.ts';
import { EVENT_FILTER, filterParams, ROLLUP_FILTER, runQuery } from '../../store/query.ts';
import { logHistogramIf } from '../archive/sources/day-filter.ts';
import { makeInsight } from '../make-insight.ts';
import type { Insight, QueryFilters } from '../types.ts';

/**
 * Per day, device, form, field and session of the `field_dwell` events `filter` keeps (an events
 * filter): the session's longest focus and hesitation on the field — what decides whether that
 * session was slow on it.
 */
export function fieldSessionMaxima(filter: string): string {
  return `SELECT toDate(ts) AS day, device, form_id, field_id, session_id,
         max(duration_ms) AS focus, max(hesitation_ms) AS hesitation
  FROM minwon_ux.events
  WHERE ${filter} AND kind = 'field_dwell' AND field_id != ''
  GROUP BY day, device, form_id, field_id, session_id`;
}

/**
 * Median focus and hesitation per field, the median of those medians across the form's fields, and
 * log-bucket histograms of each session's longest focus and hesitation (per day, as the archive keeps
 * them) to count the sessions past the slow threshold.
 */
export const SLOW_FIELDS_SQL = `
SELECT f.form_id AS form_id, f.field_id AS field_id, dwells, touched, focus_p50, hesitation_p50, form_focus_p50,
       form_hesitation_p50, form_fields, s.session_focus_hist AS session_focus_hist,
       s.session_hesitation_hist AS session_hesitation_hist
FROM (
  SELECT form_id, field_id, dwells, touched, focus_p50, hesitation_p50,
         median(focus_p50) OVER (PARTITION BY form_id) AS form_focus_p50,
         median(hesitation_p50) OVER (PARTITION BY form_id) AS form_hesitation_p50,
         count() OVER (PARTITION BY form_id) AS form_fields
  FROM (
    WITH sumMap(focus_hist) AS focus, sumMap(hesitation_hist) AS hesitation
    SELECT form_id, field_id, sum(dwells) AS dwells, sum(length(touched_hashes)) AS touched,
           ${histogramQuantile('focus', 0.5)} AS focus_p50,
           ${histogramQuantile('hesitation', 0.5)} AS hesitation_p50
    FROM minwon_ux.daily_fields FINAL WHERE ${ROLLUP_FILTER}
    GROUP BY form_id, field_id HAVING dwells > 0
  )
) AS f
LEFT JOIN (
  SELECT form_id, field_id, ${logHistogramIf('focus')} AS session_focus_hist,
         ${logHistogramIf('hesitation')} AS session_hesitation_hist
  FROM (${fieldSessionMaxima(EVENT_FILTER)})
  GROUP BY form_id, field_id
) AS s ON s.form_id = f.form_id AND s.field_id = f.field_id
ORDER BY form_id, field_id`;

export interface SlowFieldRow {
  form_id: string;
  field_id: string;
  dwells: number;
  touched: number;
  focus_p50: number;
  hesitation_p50: number;
  form_focus_p50: number;
  form_hesitation_p50: number;
  form_fields: number;
  /** Each session's (and day's) longest focus on the field, as a log-bucket histogram. */
  session_focus_hist: Histogram;
  /** Each session's (and day's) longest hesitation on the field, as a log-bucket histogram. */
  session_hesitation_hist: Histogram;
}

/** Slow: ≥ 10 dwells, a form of ≥ 3 fields, and median hesitation or focus ≥ 2.5 × the form's and ≥ 5 s. */
export const SLOW_MIN_DWELLS = 10;
export const SLOW_FACTOR = FIELD_THRESHOLDS.slowFactor;
export const SLOW_MIN_MS = FIELD_THRESHOLDS.slowMinMs;

/** The slow threshold for a field whose form's fields have the median `formMedianMs`: max(5 s, 2.5 × it). */
export function slowThresholdMs(formMedianMs: number): number {
  return Math.max(SLOW_MIN_MS, SLOW_FACTOR * Math.max(formMedianMs, 1));
}

/**
 * How many sessions a log-bucket histogram (bucket k = round(ln(v + 1) / ln 1.05)) holds at or past
 * `ms`, a bucket read back as round(1.05^k − 1) as quantiles are (so within ±2.5 % of the threshold).
 *
 * @example
 * sessionsAtLeast({ '170': 3, '190': 2 }, 5000); // 2 (bucket 170 ≈ 4.0 s, 190 ≈ 10.6 s)
 */
export function sessionsAtLeast(hist: Histogram, ms: number): number {
  let sessions = 0;
  for (const [k, n] of Object.entries(hist)) if (Math.round(1.05 ** Number(k) - 1) >= ms) sessions += Number(n);
  return sessions;
}

/**
 * Finds fields where citizens hesitate (focus → first edit) or stay focused far longer than on the
 * form's other fields.
 *
 * @example
 * await detectSlowFields(store, filters);
 */
export async function detectSlowFields(store: Store, f: QueryFilters): Promise<Insight[]> {
  return slowFieldInsights(await runQuery<SlowFieldRow>(store, SLOW_FIELDS_SQL, filterParams(f)));
}

/**
 * The insights `SLOW_FIELDS_SQL` rows make (shared with the insight archive). Affected: the sessions
 * whose longest hesitation (when the field's median hesitation is slow) or focus (when its median
 * focus is slow) reached the threshold — the larger of the two when both are, so never more than
 * the sessions that had the problem; not every session that touched the field.
 */
export function slowFieldInsights(rows: SlowFieldRow[]): Insight[] {
  const insights: Insight[] = [];
  for (const r of rows) {
    if (r.dwells < SLOW_MIN_DWELLS || r.form_fields < 3) continue;
    const hesitationThreshold = slowThresholdMs(r.form_hesitation_p50);
    const focusThreshold = slowThresholdMs(r.form_focus_p50);
    const hesitationSlow = r.hesitation_p50 >= hesitationThreshold;
    const focusSlow = r.focus_p50 >= focusThreshold;
    if (!hesitationSlow && !focusSlow) continue;
    const slowHesitating = hesitationSlow ? sessionsAtLeast(r.session_hesitation_hist, hesitationThreshold) : 0;
    const slowFocused = focusSlow ? sessionsAtLeast(r.session_focus_hist, focusThreshold) : 0;
    const affected = Math.max(slowHesitating, slowFocused);
    if (affected === 0) continue;
    const field = `${r.form_id} › ${r.field_id}`;
    const ratio = Math.round((r.focus_p50 / Math.max(1, r.form_focus_p50)) * 10) / 10;
    const others = rows
      .filter((o) => o.form_id === r.form_id && o.field_id !== r.field_id)
      .sort((a, b) => compareBytes(a.field_id, b.field_id));
    insights.push(
      makeInsight('slow_field', [r.form_id, r.field_id], {
        title: { ko: `오래 머뭇거리는 항목: ${field}`, en: `Slow field: ${field}` },
        target: { formId: r.form_id, fieldId: r.field_id },
        affectedSessions: affected,
        population: Math.max(r.touched, affected),
        evidence: {
          chart: 'forms.hesitation',
          metrics: {
            hesitationMedianMs: r.hesitation_p50,
            formHesitationMedianMs: r.form_hesitation_p50,
            focusMedianMs: r.focus_p50,
            formFocusMedianMs: r.form_focus_p50,
            focusRatio: ratio,
            hesitationThresholdMs: hesitationThreshold,
            focusThresholdMs: focusThreshold,
            slowHesitationSessions: slowHesitating,
            slowFocusSessions: slowFocused,
            touchedSessions: r.touched,
          },
          details: {
            fields: [r, ...others].map((o) => ({
              fieldId: o.field_id,
              hesitationMedianMs: o.hesitation_p50,
              focusMedianMs: o.focus_p50,
            })),
          },
        },
        recommendation: {
          ko: `'${field}'에서 입력을 시작하기까지 오래 걸립니다. 무엇을 어떤 형식으로 넣어야 하는지 라벨과 도움말에 예시로 보여 주고(WCAG 3.3.2), 날짜는 KRDS 날짜 입력(달력)처럼 형식을 고를 수 있게 하며, 다른 곳에서 이미 받은 정보는 다시 묻지 마세요(WCAG 3.3.7).`,
          en: `People take long to start typing in '${field}'. Show what to enter and in which format with an example in the label and hint (WCAG 3.3.2), use a KRDS date input (calendar) for dates, and do not ask for information already given elsewhere (WCAG 3.3.7).`,
          basis: ['KRDS date input', 'WCAG 3.3.2', 'WCAG 3.3.7'],
        },
      }),
    );
  }
  return insights;
}
