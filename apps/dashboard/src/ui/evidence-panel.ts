import type { EvidenceMetric, Insight } from '@minwon-ux/api-contract';
import { renderComparison } from '../charts/comparison-chart.ts';
import { type Lang, t } from '../i18n/index.ts';
import { h } from './dom.ts';
import { formatMetricValue } from './metric-format.ts';

/** A fact's value as the reader reads it: its words when it has them, else the formatted number. */
export function factValue(fact: EvidenceMetric, lang: Lang): string {
  return fact.text ? fact.text[lang] : formatMetricValue(fact.value, fact.unit, lang);
}

/** "입력을 시작하기까지 (중앙값): 6.0초 — 이 서식 항목들의 중앙값 1.0초의 6배" */
export function factLine(fact: EvidenceMetric, lang: Lang): string {
  const meaning = fact.meaning ? ` — ${fact.meaning[lang]}` : '';
  return `${fact.label[lang]}: ${factValue(fact, lang)}${meaning}`;
}

/** "심각도 123.6 = 영향 받은 세션 412 × 영향도 0.3 (느려지거나 …)" */
export function severityLine(insight: Insight, lang: Lang): string {
  const formula = insight.evidence.severityFormula;
  return t('insights.severityFormula', {
    severity: formatMetricValue(insight.severity, 'score', lang),
    affected: formatMetricValue(insight.affectedSessions, 'sessions', lang),
    impact: String(insight.impact),
    meaning: formula ? formula.impactMeaning[lang] : '',
  });
}

/**
 * An insight's readable evidence: its facts (label, value in the reader's units, meaning), the
 * comparison chart, and the severity formula it was ranked by.
 *
 * @example
 * card.append(evidencePanel(insight, getLang()));
 */
export function evidencePanel(insight: Insight, lang: Lang): HTMLElement {
  const { facts = [], comparison } = insight.evidence;
  return h(
    'section',
    { class: 'evidence', 'aria-label': t('insights.evidence') },
    h(
      'dl',
      { class: 'evidence-facts' },
      ...facts.flatMap((f) => [
        h('dt', {}, f.label[lang]),
        h(
          'dd',
          { 'data-key': f.key },
          h('strong', {}, factValue(f, lang)),
          f.meaning ? ` — ${f.meaning[lang]}` : undefined,
        ),
      ]),
    ),
    comparison
      ? h(
          'div',
          { class: 'chart', 'data-chart': 'comparison' },
          renderComparison(comparison, lang, { id: `evidence-${insight.kind}` }),
        )
      : undefined,
    h('p', { class: 'severity-formula' }, severityLine(insight, lang)),
  );
}
