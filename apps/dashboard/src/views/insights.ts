import type { Insight, InsightResponse, InsightsResponse } from '@minwon-ux/api-contract';
import { apiFetch } from '../api/client.ts';
import { sitePath } from '../api/sites.ts';
import { getLang, type MessageKey, t } from '../i18n/index.ts';
import { buildHash } from '../state.ts';
import { archivedAtNote } from '../ui/archived-at.ts';
import { h, statusLine } from '../ui/dom.ts';
import { evidencePanel } from '../ui/evidence-panel.ts';
import { formatNumber, formatPct } from '../ui/format.ts';
import { insightCard } from '../ui/insight-card.ts';
import type { View, ViewContext } from './view.ts';

/** Insights ranked by severity; `#/insights/<id>` shows one with evidence and example sessions. */
export const insightsView: View = async (main, ctx) => {
  if (ctx.rest[0]) return insightDetail(main, ctx, ctx.rest[0]);
  const { insights, archivedAt } = await apiFetch<InsightsResponse>(sitePath(ctx.filters, 'insights'));
  main.append(h('p', { class: 'help' }, t('insights.severityHelp')));
  if (archivedAt) main.append(archivedAtNote(archivedAt));
  main.append(
    insights.length === 0
      ? statusLine(t('insights.none'))
      : h(
          'ol',
          { class: 'insight-list' },
          ...insights.map((i) => insightCard(i, buildHash(`insights/${i.id}`, ctx.filters))),
        ),
  );
};

/** The dashboard pages an insight's evidence chart lives on. */
const PAGE_LABELS: Record<string, MessageKey> = { forms: 'nav.forms', menus: 'nav.menus', pages: 'nav.pages' };

async function insightDetail(main: HTMLElement, { filters }: ViewContext, id: string): Promise<void> {
  const { insight } = await apiFetch<InsightResponse>(sitePath(filters, `insights/${encodeURIComponent(id)}`));
  const lang = getLang();
  const page = insight.evidence.chart.split('.')[0]!;
  const pageLabel = PAGE_LABELS[page];
  main.append(
    h('p', {}, h('a', { href: buildHash('insights', filters) }, `← ${t('insights.back')}`)),
    h(
      'article',
      { class: 'card', 'aria-labelledby': 'insight-title', 'data-kind': insight.kind },
      h('h2', { id: 'insight-title' }, insight.title[lang]),
      insight.targetLabel
        ? h('p', { class: 'insight-target', title: targetIds(insight) }, insight.targetLabel)
        : undefined,
      h(
        'p',
        {},
        h('span', { class: 'severity' }, formatNumber(insight.severity)),
        ` ${t('insights.severity')} · ${t('insights.affected')} ${formatNumber(insight.affectedSessions)} / ${formatNumber(insight.population)} (${formatPct(insight.share)})`,
      ),
      h('h3', {}, t('insights.recommendation')),
      h('p', { class: 'recommendation' }, insight.recommendation[lang]),
      h('p', {}, `${t('insights.basis')}: ${insight.recommendation.basis.join(', ')}`),
      h('h3', {}, t('insights.evidence')),
      evidencePanel(insight, lang),
      pageLabel
        ? h('p', {}, `${t('insights.chart')}: `, h('a', { href: buildHash(page, filters) }, t(pageLabel)))
        : undefined,
      h('h3', {}, t('insights.examples')),
      insight.exampleSessions.length === 0
        ? statusLine(t('insights.noExamples'))
        : h(
            'ul',
            { class: 'example-sessions' },
            ...insight.exampleSessions.map((s, i) =>
              h(
                'li',
                {},
                h(
                  'a',
                  { href: buildHash(`journey/${encodeURIComponent(s.sessionId)}`, filters), title: s.sessionId },
                  t('insights.journeyOf', { n: i + 1 }),
                ),
                ' ',
                s.replay
                  ? h(
                      'a',
                      { class: 'button', href: buildHash('replays', filters, { session: s.sessionId }) },
                      t('insights.replay'),
                    )
                  : undefined,
              ),
            ),
          ),
    ),
  );
}

/** The target's ids (form › field, path, menu trail), shown as a tooltip beside its visible name. */
function targetIds(insight: Insight): string {
  const { formId, fieldId, path, element, menuTrail, menuLabel } = insight.target;
  return [formId, fieldId, path, element, ...(menuTrail ?? []), menuLabel].filter(Boolean).join(' › ');
}
