import type { PagesResponse } from '@minwon-ux/api-contract';
import { apiFetch } from '../api/client.ts';
import { sitePath } from '../api/sites.ts';
import { renderBarChart } from '../charts/bar-chart.ts';
import { t } from '../i18n/index.ts';
import { h, statusLine } from '../ui/dom.ts';
import { formatMs, formatNumber, formatPct } from '../ui/format.ts';
import { dataTable } from '../ui/table.ts';
import type { View } from './view.ts';

/** `a_0_5s` → `0–5s`; bucket keys sort in display order. */
const bucketLabel = (key: string) =>
  key
    .slice(2)
    .replace(/_/g, '–')
    .replace('–plus', '+')
    .replace(/^(\d+)–(\d+)$/, '$1–$2%');

/** Pages: engaged-time and scroll-depth distributions, and per-page views, dwell and quick backs. */
export const pagesView: View = async (main, { filters }) => {
  const { pages, distributions } = await apiFetch<PagesResponse>(sitePath(filters, 'pages'));
  if (pages.length === 0) {
    main.append(statusLine(t('state.empty')));
    return;
  }
  const bars = (m: Record<string, number>) =>
    Object.keys(m)
      .sort()
      .map((k) => ({ label: bucketLabel(k), value: m[k]! }));
  main.append(
    h(
      'div',
      { class: 'grid' },
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'dwell-h' },
        h('h2', { id: 'dwell-h' }, t('pages.dwell')),
        h(
          'div',
          { class: 'chart' },
          renderBarChart(bars(distributions.dwell), {
            id: 'dwell-chart',
            title: t('pages.dwell'),
            width: 520,
            labelWidth: 90,
          }),
        ),
      ),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'scroll-h' },
        h('h2', { id: 'scroll-h' }, t('pages.scroll')),
        h(
          'div',
          { class: 'chart' },
          renderBarChart(bars(distributions.scroll), {
            id: 'scroll-chart',
            title: t('pages.scroll'),
            width: 520,
            labelWidth: 90,
          }),
        ),
      ),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'qb-h' },
      h('h2', { id: 'qb-h' }, t('pages.quickBackRate')),
      h(
        'div',
        { class: 'chart' },
        renderBarChart(
          pages
            .filter((p) => p.views > 0)
            .map((p) => ({ label: p.path, value: p.quickBacks / p.views }))
            .sort((a, b) => b.value - a.value)
            .slice(0, 12),
          { id: 'qb-chart', title: t('pages.quickBackRate'), format: formatPct, width: 760 },
        ),
      ),
    ),
    h(
      'section',
      { class: 'card' },
      dataTable(t('pages.table'), pages, [
        { label: t('pages.path'), value: (p) => p.path },
        { label: t('pages.views'), value: (p) => formatNumber(p.views), numeric: true },
        { label: t('pages.median'), value: (p) => formatMs(p.engagedQuantiles[1] ?? 0), numeric: true },
        { label: t('pages.quickBacks'), value: (p) => formatNumber(p.quickBacks), numeric: true },
        { label: t('pages.rage'), value: (p) => formatNumber(p.rageClicks), numeric: true },
        { label: t('pages.dead'), value: (p) => formatNumber(p.deadClicks), numeric: true },
      ]),
    ),
  );
};
