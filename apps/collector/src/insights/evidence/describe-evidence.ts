import {
  type Insight,
  type InsightKind,
  type Localized,
  MARKUP_INSIGHT_KINDS,
  type MarkupInsightKind,
  type SeverityFormula,
} from '@minwon-ux/api-contract';
import { markupImpactMeaning } from '../detectors/markup/markup-texts.ts';
import type { Described, Describer } from './described.ts';
import { describeAbandonmentField, describeErrorProneField, describeSlowField } from './field-evidence.ts';
import { describeLooksClickable, describeUnseenContent } from './heatmap-evidence.ts';
import { describeMarkupFinding } from './markup-evidence.ts';
import { describeMenuHunting, describeMisleadingMenuItem, describeUnusedMenuItem } from './menu-evidence.ts';
import { describeClickHotSpot, describeLongDwell } from './page-evidence.ts';
import { describeStepDropOff } from './step-evidence.ts';
import { count, fact, percent } from './words.ts';

/**
 * The describer of each kind (keyed by name, so the heatmap kinds' describers can stand before the
 * kinds land in the contract). A new kind adds one here; until then it gets the generic evidence
 * (affected sessions against the rest), so no insight is served without readable evidence.
 */
export const DESCRIBERS: Partial<Record<InsightKind | 'looks_clickable' | 'unseen_content', Describer>> = {
  slow_field: describeSlowField,
  error_prone_field: describeErrorProneField,
  abandonment_field: describeAbandonmentField,
  menu_hunting: describeMenuHunting,
  misleading_menu_item: describeMisleadingMenuItem,
  unused_menu_item: describeUnusedMenuItem,
  click_hot_spot: describeClickHotSpot,
  long_dwell: describeLongDwell,
  step_drop_off: describeStepDropOff,
  unlabelled_field: describeMarkupFinding,
  unlinked_error_message: describeMarkupFinding,
  numeric_keyboard_missing: describeMarkupFinding,
  free_text_date: describeMarkupFinding,
  missing_autocomplete: describeMarkupFinding,
  unmarked_required_field: describeMarkupFinding,
  looks_clickable: describeLooksClickable,
  unseen_content: describeUnseenContent,
};

/** What an impact stands for (severity.ts: how much the pattern costs one citizen). */
export function impactMeaning(impact: number): Localized {
  if (impact >= 1) return { ko: '시민이 서비스를 받지 못함', en: 'the citizen did not get the service' };
  if (impact >= 0.6) return { ko: '같은 항목에서 거듭 틀림', en: 'repeated errors on a field' };
  if (impact >= 0.5) return { ko: '길을 잘못 들거나 진행 없이 멈춤', en: 'a wrong turn or a stall without progress' };
  if (impact >= 0.4) return { ko: '메뉴에서 찾아 헤맴', en: 'searching through the menu' };
  if (impact >= 0.2) return { ko: '느려지거나 고장 난 듯 보임', en: 'slowed down, or a control that seems broken' };
  return { ko: '화면이 복잡해짐', en: 'clutter' };
}

/** Evidence for a kind without a describer: the affected sessions against the rest of the population. */
export function describeGeneric(insight: Insight): Described {
  return {
    facts: [
      fact(
        'affectedSessions',
        insight.affectedSessions,
        'sessions',
        { ko: '문제를 겪은 세션', en: 'Sessions with the problem' },
        {
          ko: `해당하는 ${count(insight.population)}개 세션 중 ${percent(insight.share)}`,
          en: `${percent(insight.share)} of the ${count(insight.population)} sessions concerned`,
        },
      ),
    ],
    comparison: {
      title: { ko: '문제를 겪은 세션과 나머지 세션', en: 'Sessions with the problem, and the rest' },
      unit: 'sessions',
      bars: [
        { label: { ko: '문제를 겪음', en: 'Had the problem' }, value: insight.affectedSessions, highlight: true },
        { label: { ko: '나머지', en: 'The rest' }, value: Math.max(0, insight.population - insight.affectedSessions) },
      ],
    },
  };
}

/** The severity formula an insight was ranked by. */
export function severityFormula(insight: Insight): SeverityFormula {
  return {
    affectedSessions: insight.affectedSessions,
    impact: insight.impact,
    severity: insight.severity,
    impactMeaning: (MARKUP_INSIGHT_KINDS as readonly InsightKind[]).includes(insight.kind)
      ? markupImpactMeaning(insight.kind as MarkupInsightKind, insight.evidence.metrics.measuredHarm === 1)
      : impactMeaning(insight.impact),
  };
}

/**
 * An insight with readable evidence added (`evidence.facts`, `comparison`, `severityFormula`): what
 * the API serves. The raw `metrics` and `details` stay as the detector made them.
 *
 * @example
 * const served = insights.map(describeInsight);
 * served[0].evidence.facts[0].label.ko; // '입력을 시작하기까지 (중앙값)'
 */
export function describeInsight(insight: Insight): Insight {
  const described = (DESCRIBERS[insight.kind] ?? describeGeneric)(insight);
  const comparison = described.comparison.bars.length > 0 ? described.comparison : describeGeneric(insight).comparison;
  return {
    ...insight,
    evidence: { ...insight.evidence, facts: described.facts, comparison, severityFormula: severityFormula(insight) },
  };
}
