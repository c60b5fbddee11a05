import type { Store } from '../../store/create-store.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../store/query.ts';
import { makeInsight } from '../make-insight.ts';
import type { Insight, QueryFilters } from '../types.ts';

/**
 * Per day, device, form and step ≥ 1 of `daily_forms` rows `filter` keeps (DAYS_FILTER or
 * ROLLUP_FILTER): `progressed`, the sessions that reached the step and, the same day, a later step of
 * the form or the success of any form (a form named differently on its last page still counts as
 * done: a step followed by success is never a drop-off). From the rollup's session-hash arrays.
 */
export function stepProgress(filter: string): string {
  return `SELECT day, device, form_id, step,
         length(arrayIntersect(reached, arrayConcat(later, day_successes))) AS progressed
  FROM (
    SELECT day, device, form_id, step, reached,
           arrayFlatten(groupArray(reached) OVER (PARTITION BY day, device, form_id ORDER BY step
             ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING)) AS later,
           arrayFlatten(groupArray(succeeded) OVER (PARTITION BY day, device)) AS day_successes
    FROM (
      SELECT day, device, form_id, step, groupUniqArrayArray(step_hashes) AS reached,
             groupUniqArrayArray(success_hashes) AS succeeded
      FROM minwon_ux.daily_forms FINAL WHERE ${filter}
      GROUP BY day, device, form_id, step
    )
  )
  WHERE step > 0`;
}

/**
 * Sessions reaching each step of each multi-step form, the form's successes and starters (on the
 * step 0 row), and each step's sessions that went on (`stepProgress`, summed over the days).
 */
export const STEP_DROP_OFF_SQL = `
SELECT s.form_id AS form_id, s.step AS step, s.label AS label, s.reached AS reached, s.successes AS successes,
       s.starters AS starters, p.progressed AS progressed
FROM (
  SELECT form_id, step, min(step_label) AS label,
         sum(length(step_hashes)) AS reached, sum(length(success_hashes)) AS successes,
         sum(length(start_hashes)) AS starters
  FROM minwon_ux.daily_forms FINAL WHERE ${ROLLUP_FILTER}
  GROUP BY form_id, step
) AS s
LEFT JOIN (
  SELECT form_id, step, sum(progressed) AS progressed FROM (${stepProgress(ROLLUP_FILTER)}) GROUP BY form_id, step
) AS p ON p.form_id = s.form_id AND p.step = s.step
ORDER BY form_id, step`;

export interface StepDropOffRow {
  form_id: string;
  step: number;
  label: string;
  reached: number;
  successes: number;
  starters: number;
  /** Sessions that reached the step and went on to a later step or a success (0 on step 0). */
  progressed: number;
}

/**
 * A drop-off: ≥ 5 sessions and ≥ 30 % of those who reached a step went neither to a later step nor
 * to a success.
 */
export const DROP_MIN_SESSIONS = 5;
export const DROP_MIN_SHARE = 0.3;

/**
 * Finds the steps of multi-step applications where people stop: sessions that reached a step and
 * went neither to a later step nor to a success.
 *
 * @example
 * await detectStepDropOff(store, filters);
 */
export async function detectStepDropOff(store: Store, f: QueryFilters): Promise<Insight[]> {
  return stepDropOffInsights(await runQuery<StepDropOffRow>(store, STEP_DROP_OFF_SQL, filterParams(f)));
}

/** The insights `STEP_DROP_OFF_SQL` rows make (shared with the insight archive). */
export function stepDropOffInsights(rows: StepDropOffRow[]): Insight[] {
  const insights: Insight[] = [];
  for (const formId of new Set(rows.map((r) => r.form_id))) {
    const form = rows.filter((r) => r.form_id === formId);
    const steps = form.filter((r) => r.step > 0);
    if (steps.length < 2) continue;
    const successes = form.find((r) => r.step === 0)?.successes ?? 0;
    steps.forEach((current, i) => {
      const next = steps[i + 1];
      const nextReached = next ? next.reached : successes;
      const lost = Math.max(0, current.reached - current.progressed);
      if (lost < DROP_MIN_SESSIONS || lost / current.reached < DROP_MIN_SHARE) return;
      const label = current.label || `${current.step}`;
      insights.push(
        makeInsight('step_drop_off', [formId, current.step], {
          title: {
            ko: `단계 이탈: ${formId} ${current.step}단계(${label})`,
            en: `Step drop-off: ${formId} step ${current.step} (${label})`,
          },
          target: { formId, step: current.step },
          affectedSessions: lost,
          population: current.reached,
          evidence: {
            chart: 'forms.steps',
            metrics: { reached: current.reached, reachedNext: nextReached, nextStep: next ? next.step : 'success' },
            details: { steps: steps.map((s) => ({ step: s.step, label: s.label, reached: s.reached })), successes },
          },
          recommendation: {
            ko: `${current.step}단계(${label})에 도달한 사람 중 ${Math.round((lost / current.reached) * 100)}%가 다음으로 가지 못합니다. 이 단계의 항목을 줄이거나 나누고, 전체 단계와 현재 위치를 KRDS 단계 표시기로 보여 주며(WCAG 2.4.8), 앞 단계에서 받은 정보는 다시 묻지 마세요(WCAG 3.3.7). 오류는 항목 옆에 해결 방법과 함께 알려 주세요(WCAG 3.3.3).`,
            en: `${Math.round((lost / current.reached) * 100)}% of people who reach step ${current.step} (${label}) do not get to the next. Cut or split this step's fields, show all steps and the current one with the KRDS step indicator (WCAG 2.4.8), do not ask again for what earlier steps collected (WCAG 3.3.7), and explain errors with a fix next to the field (WCAG 3.3.3).`,
            basis: ['KRDS step indicator', 'WCAG 2.4.8', 'WCAG 3.3.7', 'WCAG 3.3.3'],
          },
        }),
      );
    });
  }
  return insights;
}
