import type { Store } from '../../store/create-store.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../store/query.ts';
import { makeInsight } from '../make-insight.ts';
import { shareOf } from '../severity.ts';
import type { Insight, QueryFilters } from '../types.ts';

/** Abandons per last field, against the form's starters and the form's abandons. */
export const ABANDONMENT_FIELDS_SQL = `
SELECT a.form_id AS form_id, a.field_id AS field_id, a.abandons AS abandons,
       sum(a.abandons) OVER (PARTITION BY a.form_id) AS form_abandons, ifNull(s.starters, 0) AS starters
FROM (
  SELECT form_id, field_id, sum(abandons) AS abandons
  FROM minwon_ux.daily_fields WHERE ${ROLLUP_FILTER}
  GROUP BY form_id, field_id HAVING abandons > 0
) AS a
LEFT JOIN (
  SELECT form_id, sum(length(start_hashes)) AS starters
  FROM minwon_ux.daily_forms FINAL WHERE ${ROLLUP_FILTER} AND step = 0 GROUP BY form_id
) AS s ON s.form_id = a.form_id
ORDER BY abandons DESC, form_id, field_id`;

export interface AbandonmentFieldRow {
  form_id: string;
  field_id: string;
  abandons: number;
  form_abandons: number;
  starters: number;
}

/** A last field matters when ≥ 5 abandons end there, ≥ 30 % of the form's abandons, ≥ 5 % of starters. */
export const ABANDON_MIN = 5;
export const ABANDON_MIN_SHARE_OF_ABANDONS = 0.3;
export const ABANDON_MIN_RATE = 0.05;

/**
 * Finds the fields where citizens give up a form (the last field before `form_abandon`).
 *
 * @example
 * await detectAbandonmentFields(store, filters);
 */
export async function detectAbandonmentFields(store: Store, f: QueryFilters): Promise<Insight[]> {
  return abandonmentFieldInsights(await runQuery<AbandonmentFieldRow>(store, ABANDONMENT_FIELDS_SQL, filterParams(f)));
}

/** The insights `ABANDONMENT_FIELDS_SQL` rows make (shared with the insight archive). */
export function abandonmentFieldInsights(rows: AbandonmentFieldRow[]): Insight[] {
  return rows
    .filter(
      (r) =>
        r.abandons >= ABANDON_MIN &&
        r.abandons / r.form_abandons >= ABANDON_MIN_SHARE_OF_ABANDONS &&
        shareOf(r.abandons, Math.max(r.starters, r.abandons)) >= ABANDON_MIN_RATE,
    )
    .map((r) => {
      const field = `${r.form_id} › ${r.field_id}`;
      return makeInsight('abandonment_field', [r.form_id, r.field_id], {
        title: { ko: `신청을 포기하는 항목: ${field}`, en: `Where people give up: ${field}` },
        target: { formId: r.form_id, fieldId: r.field_id },
        affectedSessions: r.abandons,
        population: Math.max(r.starters, r.abandons),
        evidence: {
          chart: 'forms.funnel',
          metrics: {
            abandons: r.abandons,
            shareOfFormAbandons: shareOf(r.abandons, r.form_abandons),
            starters: r.starters,
          },
        },
        recommendation: {
          ko: `'${field}'에서 신청을 멈추는 사람이 가장 많습니다. 꼭 필요한 항목인지 검토하고, 준비물(서류·번호)을 신청 시작 전에 안내하세요(KRDS 단계 표시기·안내 문구). 이미 제출한 정보는 자동으로 채우고(WCAG 3.3.7), 입력 방법을 라벨과 도움말로 설명하세요(WCAG 3.3.2).`,
          en: `Most people who give up stop at '${field}'. Check whether the field is needed, list what to prepare (documents, numbers) before the form starts (KRDS step indicator and guidance text), prefill what was already given (WCAG 3.3.7), and explain the input in the label and hint (WCAG 3.3.2).`,
          basis: ['KRDS step indicator', 'WCAG 3.3.2', 'WCAG 3.3.7'],
        },
      });
    });
}
