import { fetchEventsOverTime } from '../api/sites.ts';
import { renderEventsPerDay } from '../charts/events-per-day.ts';
import { t } from '../i18n/index.ts';
import { daysBetween } from '../state.ts';
import { h, statusLine } from '../ui/dom.ts';
import type { View } from './view.ts';

/** Overview: events per day for the site and range. */
export const overviewView: View = async (main, { filters }) => {
  const chartBox = h('div', { class: 'chart', 'aria-busy': 'true' }, statusLine(t('state.loading')));
  main.append(
    h(
      'section',
      { 'aria-labelledby': 'epd-heading', class: 'card' },
      h('h2', { id: 'epd-heading' }, t('overview.eventsPerDay')),
      chartBox,
    ),
  );
  const rows = await fetchEventsOverTime(filters);
  chartBox.removeAttribute('aria-busy');
  if (rows.length === 0) {
    chartBox.replaceChildren(statusLine(t('state.empty')));
    return;
  }
  chartBox.replaceChildren(
    renderEventsPerDay(rows, {
      id: 'epd',
      title: t('overview.eventsPerDay'),
      description: t('overview.eventsPerDayDesc'),
      days: daysBetween(filters.from, filters.to),
      yLabel: t('chart.events'),
      width: 760,
    }),
  );
};
