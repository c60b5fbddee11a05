import type { Insight, InsightLabels } from '@minwon-ux/api-contract';
import { type LabelIndex, targetLabels } from './label-index.ts';

const replaceIn = (text: string, from: string, to: string) => (from && from !== to ? text.split(from).join(to) : text);

/**
 * Names an insight's target as citizens see it: `labels` (form title, field label, step and menu
 * labels) and `targetLabel`, and the title and recommendation say "전입신고 › 전입 예정일" where the
 * detector wrote "j_idt45 › j_idt52" (ids stay in `target`). Insights without chrome keep their ids.
 *
 * @example
 * applyLabels(insights, buildLabelIndex(chromeRows))[0].targetLabel; // '전입신고 › 전입 예정일'
 */
export function applyLabels(insights: readonly Insight[], index: LabelIndex): Insight[] {
  return insights.map((insight) => {
    const { formId, fieldId, step, menuLabel } = insight.target;
    const labels: InsightLabels = { ...targetLabels(index, formId, fieldId), ...insight.labels };
    const stepLabel = step ? stepLabelOf(insight, step) : undefined;
    if (stepLabel) labels.step = stepLabel;
    if (menuLabel) labels.menu = menuLabel;
    if (!labels.form && !labels.field) {
      return Object.keys(labels).length > 0 ? { ...insight, labels } : insight;
    }
    const ids = formId && fieldId ? `${formId} › ${fieldId}` : (formId ?? '');
    const named = formId ? index.name(formId, fieldId) : '';
    const rename = (text: string) => replaceIn(text, ids, named);
    // a bare form id ('apply') could be an ordinary word of the English advice: titles only
    const advise = (text: string) => (fieldId ? rename(text) : text);
    return {
      ...insight,
      title: { ko: rename(insight.title.ko), en: rename(insight.title.en) },
      recommendation: {
        ...insight.recommendation,
        ko: advise(insight.recommendation.ko),
        en: advise(insight.recommendation.en),
      },
      targetLabel: stepLabel ? `${named} › ${stepLabel}` : named,
      labels,
    };
  });
}

/** A step's label as the step-drop-off detector keeps it in its evidence (`details.steps`). */
function stepLabelOf(insight: Insight, step: number): string | undefined {
  const steps = (insight.evidence.details as { steps?: { step: number; label?: unknown }[] } | undefined)?.steps;
  const label = Array.isArray(steps) ? steps.find((s) => s.step === step)?.label : undefined;
  return typeof label === 'string' && label ? label : undefined;
}
