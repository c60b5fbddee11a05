import { DEVICES } from '@minwon-ux/schema/vocabulary';
import type { Filters, SiteSummary } from '../api/sites.ts';
import { type MessageKey, t } from '../i18n/index.ts';
import { h } from './dom.ts';

const DEVICE_FILTERS = ['', ...DEVICES] as const;

/**
 * The filter form shared by every site view: site, date range, device. Calls `onApply` on submit.
 *
 * @example
 * main.append(filtersBar(filters, sites, (f) => go(buildHash('overview', f))));
 */
export function filtersBar(filters: Filters, sites: SiteSummary[], onApply: (f: Filters) => void): HTMLFormElement {
  const site = h(
    'select',
    { id: 'f-site', name: 'site' },
    ...sites.map((s) => {
      const option = h('option', { value: s.key }, `${s.name} (${s.key})`);
      option.selected = s.key === filters.site;
      return option;
    }),
  );
  const from = h('input', { id: 'f-from', name: 'from', type: 'date', value: filters.from, required: true });
  const to = h('input', { id: 'f-to', name: 'to', type: 'date', value: filters.to, required: true });
  const device = h(
    'select',
    { id: 'f-device', name: 'device' },
    ...DEVICE_FILTERS.map((d) => {
      const option = h('option', { value: d }, t(`filters.device.${d || 'all'}` as MessageKey));
      option.selected = d === filters.device;
      return option;
    }),
  );
  const form = h(
    'form',
    { class: 'filters', 'aria-label': t('filters.label') },
    field('f-site', t('filters.site'), site),
    field('f-from', t('filters.from'), from),
    field('f-to', t('filters.to'), to),
    field('f-device', t('filters.device'), device),
    h('button', { type: 'submit', class: 'primary' }, t('filters.apply')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onApply({ site: site.value, from: from.value, to: to.value, device: device.value });
  });
  return form;
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}
