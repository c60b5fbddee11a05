import type { HeatmapResponse, HeatmapTokenResponse, PagesResponse } from '@minwon-ux/api-contract';
import { apiFetch } from '../api/client.ts';
import { sitePath } from '../api/sites.ts';
import { renderScrollReach } from '../charts/scroll-reach-chart.ts';
import { t } from '../i18n/index.ts';
import { buildHash } from '../state.ts';
import { h, statusLine } from '../ui/dom.ts';
import { formatNumber, formatPct } from '../ui/format.ts';
import { dataTable } from '../ui/table.ts';
import { snapshotCard } from './heatmap-snapshot.ts';
import type { View } from './view.ts';

const card = (id: string, title: string, ...body: (Node | string | undefined)[]) =>
  h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), ...body);

/** Where inside the element most clicks landed, in words ("왼쪽 위", "center"). */
function where(spots: HeatmapResponse['elements'][number]['spots']): string {
  const top = spots[0];
  if (!top) return '—';
  const col = top.x < 0.34 ? 'left' : top.x > 0.66 ? 'right' : 'center';
  const row = top.y < 0.34 ? 'top' : top.y > 0.66 ? 'bottom' : 'middle';
  return t(`heatmap.spot.${row}.${col}` as Parameters<typeof t>[0]);
}

/**
 * 클릭·스크롤 지도: for one page (picked from the most viewed), the clicked elements by label with
 * clicks, sessions, rage and dead clicks and where inside them people click; the share of sessions
 * reaching each depth; and "open on site", which opens the live page with a 15-minute link on which
 * the SDK draws the same map over the real elements (no page content is stored).
 */
export const heatmapView: View = async (main, { filters, params, go }) => {
  const { pages } = await apiFetch<PagesResponse>(sitePath(filters, 'pages'));
  const path = params.get('path') ?? pages[0]?.path ?? '';
  if (!path) {
    main.append(statusLine(t('state.empty')));
    return;
  }
  const paths = pages.some((p) => p.path === path) ? pages.map((p) => p.path) : [path, ...pages.map((p) => p.path)];
  const picker = h(
    'select',
    { id: 'hm-path', name: 'path' },
    ...paths.map((p) => h('option', { value: p, selected: p === path }, p)),
  );
  picker.addEventListener('change', () => go(buildHash('heatmap', filters, { path: picker.value })));
  const open = h('button', { type: 'button', id: 'hm-open' }, t('heatmap.openOnSite'));
  const openNote = h('p', { class: 'note', role: 'status' });
  open.addEventListener('click', async () => {
    try {
      const { url } = await apiFetch<HeatmapTokenResponse>(sitePath(filters, 'heatmap/token', { path }), {
        method: 'POST',
      });
      if (url) window.open(url, '_blank', 'noopener');
      openNote.textContent = url ? t('heatmap.opened') : t('heatmap.noOrigin');
    } catch {
      openNote.textContent = t('heatmap.openFailed');
    }
  });
  main.append(
    card(
      'hm-h',
      t('heatmap.title'),
      h('p', {}, t('heatmap.intro')),
      h('div', { class: 'field' }, h('label', { for: 'hm-path' }, t('heatmap.page')), picker),
      h('p', {}, open, ' ', t('heatmap.openHint')),
      openNote,
    ),
  );
  const map = await apiFetch<HeatmapResponse>(sitePath(filters, 'heatmap', { path }));
  main.append(
    card(
      'hm-elements',
      t('heatmap.elements'),
      map.elements.length === 0
        ? statusLine(t('state.empty'))
        : dataTable(
            t('heatmap.elements'),
            map.elements,
            [
              { label: t('heatmap.element'), value: (e) => h('span', { title: e.key }, e.label || e.key) },
              { label: t('heatmap.clicks'), value: (e) => formatNumber(e.clicks), numeric: true },
              { label: t('heatmap.sessions'), value: (e) => formatNumber(e.sessions), numeric: true },
              { label: t('pages.rage'), value: (e) => formatNumber(e.rage), numeric: true },
              { label: t('pages.dead'), value: (e) => formatNumber(e.dead), numeric: true },
              { label: t('heatmap.where'), value: (e) => where(e.spots) },
              {
                label: t('heatmap.depth'),
                value: (e) => (e.depthPct === null ? '—' : `${e.depthPct}%`),
                numeric: true,
              },
            ],
            true,
          ),
    ),
    card(
      'hm-scroll',
      t('heatmap.scroll'),
      map.scroll.length === 0
        ? statusLine(t('state.empty'))
        : h(
            'div',
            { class: 'chart' },
            h(
              'p',
              {},
              t('heatmap.scrollSessions', { n: formatNumber(map.scrollViews), s: formatNumber(map.scrollSessions) }),
            ),
            renderScrollReach(map.scroll, {
              id: 'hm-scroll-chart',
              title: t('heatmap.scroll'),
              width: 560,
              depthLabel: (d) => t('heatmap.depthRow', { d }),
              format: formatPct,
              halfLabel: t('heatmap.half'),
            }),
          ),
    ),
  );
  if (map.replaySession) main.append(snapshotCard(filters.site, map));
};
