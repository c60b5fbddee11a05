import type { MenusResponse } from '@minwon-ux/api-contract';
import { apiFetch } from '../api/client.ts';
import { sitePath } from '../api/sites.ts';
import { renderMenuTreemap } from '../charts/menu-treemap.ts';
import { t } from '../i18n/index.ts';
import { archivedAtNote } from '../ui/archived-at.ts';
import { h, statusLine } from '../ui/dom.ts';
import { formatNumber } from '../ui/format.ts';
import { dataTable } from '../ui/table.ts';
import type { View } from './view.ts';

/** Menus: a treemap of menu use, the common click paths, and the item table. */
export const menusView: View = async (main, { filters }) => {
  const { items, paths, archivedAt } = await apiFetch<MenusResponse>(sitePath(filters, 'menus'));
  if (items.length === 0) {
    main.append(statusLine(t('state.empty')));
    return;
  }
  if (archivedAt) main.append(archivedAtNote(archivedAt));
  main.append(
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'menu-tree' },
      h('h2', { id: 'menu-tree' }, t('menus.treemap')),
      h(
        'div',
        { class: 'chart' },
        renderMenuTreemap(items, { id: 'treemap', title: t('menus.treemap'), width: 760, height: 380 }),
      ),
    ),
    h(
      'section',
      { class: 'card' },
      dataTable(t('menus.paths'), paths, [
        { label: t('menus.path'), value: (p) => p.labels.join(' → ') },
        { label: t('forms.sessions'), value: (p) => formatNumber(p.sessions), numeric: true },
      ]),
    ),
    h(
      'section',
      { class: 'card' },
      dataTable(t('menus.items'), items, [
        { label: t('menus.item'), value: (i) => [...i.trail, i.label].join(' › ') },
        { label: t('menus.clicks'), value: (i) => formatNumber(i.clicks), numeric: true },
        { label: t('menus.opens'), value: (i) => formatNumber(i.opens), numeric: true },
        { label: t('forms.sessions'), value: (i) => formatNumber(i.sessions), numeric: true },
      ]),
    ),
  );
};
