import type { InsightResponse, InsightsResponse } from '@minwon-ux/api-contract';
import { apiFetch } from '../api/client.ts';
import { sitePath } from '../api/sites.ts';
import { renderBarChart } from '../charts/bar-chart.ts';
import { getLang, t } from '../i18n/index.ts';
import { buildHash } from '../state.ts';
import { archivedAtNote } from '../ui/archived-at.ts';
import { h, statusLine } from '../ui/dom.ts';
import { formatNumber, formatPct } from '../ui/format.ts';
import { insightCard } from '../ui/insight-card.ts';
import { dataTable } from '../ui/table.ts';
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

async function insightDetail(main: HTMLElement, { filters }: ViewContext, id: string): Promise<void> {
  const { insight } = await apiFetch<InsightResponse>(sitePath(filters, `insights/${encodeURIComponent(id)}`));
  const lang = getLang();
  const metrics = Object.entries(insight.evidence.metrics);
  const numeric = metrics.filter(([, v]) => typeof v === 'number') as [string, number][];
  main.append(
    h('p', {}, h('a', { href: buildHash('insights', filters) }, `← ${t('insights.back')}`)),
    h(
      'article',
      { class: 'card', 'aria-labelledby': 'insight-title' },
      h('h2', { id: 'insight-title' }, insight.title[lang]),
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
      dataTable(
        t('insights.evidence'),
        metrics,
        [
          { label: t('compare.metric'), value: ([k]) => k },
          {
            label: t('insights.evidence'),
            value: ([, v]) => (typeof v === 'number' ? formatMetric(v) : v),
            numeric: true,
          },
        ],
        true,
      ),
      h(
        'p',
        {},
        `${t('insights.chart')}: `,
        h('a', { href: buildHash(insight.evidence.chart.split('.')[0]!, filters) }, insight.evidence.chart),
      ),
      numeric.length > 0
        ? h(
            'div',
            { class: 'chart' },
            renderBarChart(
              numeric.filter(([, v]) => v <= 1 && v > 0).map(([label, value]) => ({ label, value })),
              { id: 'insight-rates', title: t('insights.evidence'), format: formatPct, width: 640 },
            ),
          )
        : undefined,
      h('h3', {}, t('insights.examples')),
      h(
        'ul',
        {},
        ...insight.exampleSessions.map((s) =>
          h(
            'li',
            {},
            h('code', {}, s.sessionId),
            ' ',
            s.replay
              ? h('a', { href: buildHash('replays', filters, { session: s.sessionId }) }, t('insights.replay'))
              : h('span', { class: 'status' }, `(${t('insights.noReplay')})`),
          ),
        ),
      ),
    ),
  );
}

function formatMetric(v: number): string {
  return v > 0 && v < 1 ? formatPct(v) : formatNumber(v);
}
