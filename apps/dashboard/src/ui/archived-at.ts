import { getLang, t } from '../i18n/index.ts';
import { h } from './dom.ts';
import { formatDateTime } from './format.ts';

/** The note on a page served from the insight archive: when its figures were computed. */
export function archivedAtNote(iso: string): HTMLElement {
  return h('p', { class: 'help archived-at' }, t('archive.asOf', { time: formatDateTime(iso, getLang()) }));
}
