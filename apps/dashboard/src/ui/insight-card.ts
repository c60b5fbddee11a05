import type { Insight } from '@minwon-ux/api-contract';
import { getLang, t } from '../i18n/index.ts';
import { h } from './dom.ts';
import { factLine } from './evidence-panel.ts';
import { formatNumber, formatPct } from './format.ts';

/**
 * One insight in a list: severity, title (a link to its detail), affected sessions and share, and its
 * most telling evidence in words.
 *
 * @example
 * list.append(insightCard(insight, buildHash('insights', filters).replace('#/insights', `#/insights/${insight.id}`)));
 */
export function insightCard(insight: Insight, href: string): HTMLElement {
  const lang = getLang();
  const first = insight.evidence.facts?.[0];
  return h(
    'li',
    { class: 'insight', 'data-kind': insight.kind },
    h('span', { class: 'severity', title: t('insights.severity') }, formatNumber(insight.severity)),
    ' ',
    h(
      'a',
      { href, title: [insight.target.formId, insight.target.fieldId].filter(Boolean).join(' › ') || undefined },
      insight.title[lang],
    ),
    h(
      'p',
      { class: 'insight-meta' },
      `${t('insights.affected')}: ${formatNumber(insight.affectedSessions)} / ${formatNumber(insight.population)} (${formatPct(insight.share)})`,
    ),
    first ? h('p', { class: 'insight-fact' }, factLine(first, lang)) : undefined,
  );
}
