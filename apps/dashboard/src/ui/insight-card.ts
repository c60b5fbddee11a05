import type { Insight } from '@minwon-ux/api-contract';
import { getLang, t } from '../i18n/index.ts';
import { h } from './dom.ts';
import { formatNumber, formatPct } from './format.ts';

/**
 * One insight in a list: severity, title (a link to its detail), affected sessions and share.
 *
 * @example
 * list.append(insightCard(insight, buildHash('insights', filters).replace('#/insights', `#/insights/${insight.id}`)));
 */
export function insightCard(insight: Insight, href: string): HTMLElement {
  return h(
    'li',
    { class: 'insight' },
    h('span', { class: 'severity', title: t('insights.severity') }, formatNumber(insight.severity)),
    ' ',
    h('a', { href }, insight.title[getLang()]),
    h(
      'p',
      { class: 'insight-meta' },
      `${t('insights.affected')}: ${formatNumber(insight.affectedSessions)} (${formatPct(insight.share)}) · ${insight.kind}`,
    ),
  );
}
