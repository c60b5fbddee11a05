import type { InsightsResponse, OverviewResponse } from '@minwon-ux/api-contract';
import { EVENT_KIND_LABELS, OTHER_EVENT_KINDS } from '@minwon-ux/api-contract';
import { apiFetch } from '../api/client.ts';
import { fetchEventsOverTime, sitePath } from '../api/sites.ts';
import { renderEventsPerDay } from '../charts/events-per-day.ts';
import { getLang, t } from '../i18n/index.ts';
import { buildHash, daysBetween } from '../state.ts';
import { h, statusLine } from '../ui/dom.ts';
import { formatMs, formatNumber, formatPct } from '../ui/format.ts';
import { insightCard } from '../ui/insight-card.ts';
import type { View } from './view.ts';

/** Overview: KPIs, events per day, and the top three insights. */
export const overviewView: View = async (main, { filters }) => {
  const [{ kpis }, rows, { insights }] = await Promise.all([
    apiFetch<OverviewResponse>(sitePath(filters, 'overview')),
    fetchEventsOverTime(filters),
    apiFetch<InsightsResponse>(sitePath(filters, 'insights', { limit: 3 })),
  ]);
  const kpi = (label: string, value: string) =>
    h('li', {}, h('span', { class: 'kpi-label' }, label), h('span', { class: 'kpi-value' }, value));
  main.append(
    h(
      'ul',
      { class: 'kpis', 'aria-label': t('overview.title') },
      kpi(t('overview.sessions'), formatNumber(kpis.sessions)),
      kpi(t('overview.completion'), formatPct(kpis.completionRate)),
      kpi(t('overview.engaged'), formatMs(kpis.engagedMsPerSession)),
      kpi(t('overview.errorRate'), formatPct(kpis.errorRate)),
    ),
  );
  const top = h(
    'section',
    { class: 'card', 'aria-labelledby': 'top-heading' },
    h('h2', { id: 'top-heading' }, t('overview.topInsights')),
  );
  if (insights.length === 0) top.append(statusLine(t('insights.none')));
  else {
    top.append(
      h(
        'ol',
        { class: 'insight-list' },
        ...insights.map((i) => insightCard(i, buildHash(`insights/${i.id}`, filters))),
      ),
      h('p', {}, h('a', { href: buildHash('insights', filters) }, t('overview.allInsights'))),
    );
  }
  main.append(top);
  const chart = h('div', { class: 'chart' });
  main.append(
    h(
      'section',
      { 'aria-labelledby': 'epd-heading', class: 'card' },
      h('h2', { id: 'epd-heading' }, t('overview.eventsPerDay')),
      chart,
    ),
  );
  chart.append(
    rows.length === 0
      ? statusLine(t('state.empty'))
      : renderEventsPerDay(rows, {
          id: 'epd',
          title: t('overview.eventsPerDay'),
          description: t('overview.eventsPerDayDesc'),
          days: daysBetween(filters.from, filters.to),
          yLabel: t('chart.events'),
          width: 760,
          labelOf: (kind) => EVENT_KIND_LABELS[kind]?.[getLang()] ?? kind,
          otherLabel: OTHER_EVENT_KINDS[getLang()],
        }),
  );
};
