import type { AdminSitesResponse, AdminUsersResponse, CreatedUserResponse } from '@minwon-ux/api-contract';
import { apiFetch } from '../api/client.ts';
import { t } from '../i18n/index.ts';
import { h, statusLine } from '../ui/dom.ts';
import { dataTable } from '../ui/table.ts';
import type { View } from './view.ts';

/** Settings (admins): sites and users through the admin API. */
export const settingsView: View = async (main, { user }) => {
  if (user.role !== 'admin') {
    main.append(statusLine(t('settings.adminOnly')));
    return;
  }
  const [{ sites }, { users }] = await Promise.all([
    apiFetch<AdminSitesResponse>('/api/admin/sites'),
    apiFetch<AdminUsersResponse>('/api/admin/users'),
  ]);
  const message = h('div', {});
  main.append(
    message,
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'sites-h' },
      h('h2', { id: 'sites-h' }, t('settings.sites')),
      dataTable(
        t('settings.sites'),
        sites,
        [
          { label: t('settings.key'), value: (s) => s.key },
          { label: t('settings.name'), value: (s) => s.name },
          { label: t('settings.origins'), value: (s) => s.origins.join(', ') },
        ],
        true,
      ),
      form(
        'site',
        t('settings.addSite'),
        [
          ['key', t('settings.key'), 'text'],
          ['name', t('settings.name'), 'text'],
          ['origins', t('settings.origins'), 'text'],
        ],
        async (v) => {
          await apiFetch('/api/admin/sites', {
            method: 'POST',
            body: {
              key: v.key,
              name: v.name,
              origins: v
                .origins!.split(',')
                .map((o) => o.trim())
                .filter(Boolean),
            },
          });
          message.replaceChildren(statusLine(t('settings.saved')));
        },
      ),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'users-h' },
      h('h2', { id: 'users-h' }, t('settings.users')),
      dataTable(
        t('settings.users'),
        users,
        [
          { label: t('settings.email'), value: (u) => u.email },
          { label: t('settings.name'), value: (u) => u.name },
          { label: t('settings.role'), value: (u) => u.role },
        ],
        true,
      ),
      form(
        'user',
        t('settings.addUser'),
        [
          ['email', t('settings.email'), 'email'],
          ['name', t('settings.name'), 'text'],
          ['role', t('settings.role'), 'text'],
        ],
        async (v) => {
          const res = await apiFetch<CreatedUserResponse>('/api/admin/users', {
            method: 'POST',
            body: { email: v.email, name: v.name, role: v.role || 'designer' },
          });
          message.replaceChildren(
            statusLine(
              res.oneTimePassword ? `${t('settings.oneTimePassword')}: ${res.oneTimePassword}` : t('settings.saved'),
            ),
          );
        },
      ),
    ),
  );
};

function form(
  id: string,
  submit: string,
  fields: [string, string, string][],
  onSubmit: (values: Record<string, string>) => Promise<void>,
) {
  const inputs = fields.map(([name, , type]) =>
    h('input', { id: `${id}-${name}`, name, type, required: name !== 'role' }),
  );
  const el = h(
    'form',
    { class: 'filters', 'aria-label': submit },
    ...fields.map(([name, label], i) =>
      h('div', { class: 'field' }, h('label', { for: `${id}-${name}` }, label), inputs[i]!),
    ),
    h('button', { type: 'submit', class: 'secondary' }, submit),
  );
  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await onSubmit(Object.fromEntries(inputs.map((i) => [i.name, i.value])));
    } catch {
      el.append(statusLine(t('state.error'), 'error'));
    }
  });
  return el;
}
