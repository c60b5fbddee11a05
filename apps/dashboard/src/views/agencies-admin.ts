import { fetchFormServices, fetchSharing, saveFormService, saveSharing } from '../api/benchmarks.ts';
import type { Filters } from '../api/sites.ts';
import { t } from '../i18n/index.ts';
import { h, named, statusLine } from '../ui/dom.ts';
import { dataTable } from '../ui/table.ts';

/**
 * Our agency's sharing choice (admins): share or not, and under our name or our pseudonym.
 *
 * @example
 * main.append(await sharingSection(user.agencyId));
 */
export async function sharingSection(agencyId: string): Promise<HTMLElement> {
  const section = h(
    'section',
    { class: 'card', 'aria-labelledby': 'bm-share-h' },
    h('h2', { id: 'bm-share-h' }, t('agencies.sharing')),
  );
  const { sharing } = await fetchSharing(agencyId);
  const enabled = h('input', { id: 'bm-share-on', type: 'checkbox', checked: sharing.enabled });
  const showName = h('input', { id: 'bm-share-name', type: 'checkbox', checked: sharing.showName });
  const message = h('div', {});
  const form = h(
    'form',
    { class: 'filters', 'aria-labelledby': 'bm-share-h' },
    h('div', { class: 'field' }, h('label', { for: 'bm-share-on' }, enabled, ' ', t('agencies.sharingEnabled'))),
    h(
      'div',
      { class: 'field' },
      h(
        'label',
        { for: 'bm-share-name' },
        showName,
        ' ',
        sharing.pseudonym ? t('agencies.sharingShowName', { p: sharing.pseudonym }) : t('agencies.sharingShowNameNew'),
      ),
    ),
    h('button', { type: 'submit', class: 'secondary' }, t('agencies.sharingSave')),
    message,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await saveSharing(agencyId, enabled.checked, showName.checked);
      message.replaceChildren(statusLine(t('agencies.sharingSaved')));
    } catch {
      message.replaceChildren(statusLine(t('state.error'), 'error'));
    }
  });
  section.append(form);
  return section;
}

/**
 * The selected site's forms with the service code their markup declares and the admins' mapping;
 * admins can map a form to a code (empty: remove the mapping).
 *
 * @example
 * main.append(await mappingSection(filters, user.role === 'admin'));
 */
export async function mappingSection(filters: Filters, canEdit: boolean): Promise<HTMLElement> {
  const { forms } = await fetchFormServices(filters);
  const section = h(
    'section',
    { class: 'card', 'aria-labelledby': 'bm-map-h' },
    h('h2', { id: 'bm-map-h' }, t('agencies.mapping')),
  );
  section.append(
    dataTable(
      t('agencies.mapping'),
      forms,
      [
        { label: t('agencies.form'), value: (f) => named(f.title, f.formId) },
        { label: t('agencies.tagged'), value: (f) => f.tagged || '—' },
        {
          label: t('agencies.mapped'),
          value: (f) => {
            if (!canEdit) return f.mapped ?? '—';
            const id = `bm-map-${f.formId}`;
            const input = h('input', {
              id,
              value: f.mapped ?? '',
              'aria-label': `${t('agencies.mapped')}: ${f.title ?? f.formId}`,
            });
            const save = h('button', { type: 'button', class: 'secondary' }, t('agencies.mapSave'));
            const note = h('span', { role: 'status' });
            save.addEventListener('click', async () => {
              try {
                await saveFormService(filters.site, f.formId, input.value.trim() === '' ? null : input.value.trim());
                note.textContent = t('agencies.sharingSaved');
              } catch {
                note.textContent = t('state.error');
              }
            });
            return h('span', {}, input, ' ', save, ' ', note);
          },
        },
      ],
      true,
    ),
  );
  if (canEdit) section.append(h('p', {}, t('agencies.mapHint')));
  return section;
}
