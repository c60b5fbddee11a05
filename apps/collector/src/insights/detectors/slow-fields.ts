import { FIELD_THRESHOLDS } from '@minwon-ux/api-contract';
import type { Store } from '../../store/create-store.ts';
import { makeInsight } from '../make-insight.ts';
import { filterParams, histogramQuantile, ROLLUP_FILTER, runQuery } from '../query.ts';
import type { Insight, QueryFilters } from '../types.ts';

/** Median focus and hesitation per field, and the median of those medians across the form's fields. */
export const SLOW_FIELDS_SQL = `
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
}

/** Slow: ≥ 10 dwells, a form of ≥ 3 fields, and median hesitation or focus ≥ 2.5 × the form's and ≥ 5 s. */
export const SLOW_MIN_DWELLS = 10;
export const SLOW_FACTOR = FIELD_THRESHOLDS.slowFactor;
export const SLOW_MIN_MS = FIELD_THRESHOLDS.slowMinMs;

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

/** The insights `SLOW_FIELDS_SQL` rows make (shared with the insight archive). */
export function slowFieldInsights(rows: SlowFieldRow[]): Insight[] {
  const slow = (value: number, base: number) => value >= SLOW_MIN_MS && value >= SLOW_FACTOR * Math.max(base, 1);
  return rows
    .filter(
      (r) =>
        r.dwells >= SLOW_MIN_DWELLS &&
        r.form_fields >= 3 &&
        (slow(r.hesitation_p50, r.form_hesitation_p50) || slow(r.focus_p50, r.form_focus_p50)),
    )
    .map((r) => {
      const field = `${r.form_id} › ${r.field_id}`;
      const ratio = Math.round((r.focus_p50 / Math.max(1, r.form_focus_p50)) * 10) / 10;
      return makeInsight('slow_field', [r.form_id, r.field_id], {
        title: { ko: `오래 머뭇거리는 항목: ${field}`, en: `Slow field: ${field}` },
        target: { formId: r.form_id, fieldId: r.field_id },
        affectedSessions: r.touched,
        population: r.touched,
        evidence: {
          chart: 'forms.hesitation',
          metrics: {
            hesitationMedianMs: r.hesitation_p50,
            formHesitationMedianMs: r.form_hesitation_p50,
            focusMedianMs: r.focus_p50,
            formFocusMedianMs: r.form_focus_p50,
            focusRatio: ratio,
          },
        },
        recommendation: {
          ko: `'${field}'에서 입력을 시작하기까지 오래 걸립니다. 무엇을 어떤 형식으로 넣어야 하는지 라벨과 도움말에 예시로 보여 주고(WCAG 3.3.2), 날짜는 KRDS 날짜 입력(달력)처럼 형식을 고를 수 있게 하며, 다른 곳에서 이미 받은 정보는 다시 묻지 마세요(WCAG 3.3.7).`,
          en: `People take long to start typing in '${field}'. Show what to enter and in which format with an example in the label and hint (WCAG 3.3.2), use a KRDS date input (calendar) for dates, and do not ask for information already given elsewhere (WCAG 3.3.7).`,
          basis: ['KRDS date input', 'WCAG 3.3.2', 'WCAG 3.3.7'],
        },
      });
    });
}
