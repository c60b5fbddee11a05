import type { User } from '../api/auth.ts';
import { getLang, type Lang, setLang, t } from '../i18n/index.ts';
import type { ViewEntry } from '../views/registry.ts';
import { h } from './dom.ts';

/**
 * The page header: product name, main menu (current view marked with `aria-current`), language
 * switch and logout.
 *
 * @example
 * header.replaceChildren(renderShell({ views: VIEWS, current: 'overview', user, hashFor, onLogout }));
 */
export function renderShell(o: {
  views: ViewEntry[];
  current: string;
  user: User | undefined;
  hashFor: (view: string) => string;
  onLogout: () => void;
}): HTMLElement {
  const langs: Lang[] = ['ko', 'en'];
  const switcher = h(
    'div',
    { class: 'lang', role: 'group', 'aria-label': t('lang.label') },
    ...langs.map((lang) => {
      const button = h(
        'button',
        { type: 'button', lang, 'aria-pressed': String(getLang() === lang) },
        lang === 'ko' ? '한국어' : 'English',
      );
      button.addEventListener('click', () => setLang(lang));
      return button;
    }),
  );
  const nav = o.user
    ? h(
        'nav',
        { 'aria-label': t('nav.label') },
        h(
          'ul',
          {},
          ...o.views
            .filter((v) => !v.hidden)
            .map((v) =>
              h(
                'li',
                {},
                h(
                  'a',
                  { href: o.hashFor(v.name), 'aria-current': v.name === o.current ? 'page' : undefined },
                  t(v.label),
                ),
              ),
            ),
        ),
      )
    : undefined;
  const logout = o.user ? h('button', { type: 'button', class: 'logout' }, t('nav.logout')) : undefined;
  logout?.addEventListener('click', o.onLogout);
  return h(
    'div',
    { class: 'shell' },
    h('p', { class: 'brand' }, t('app.title')),
    nav,
    h(
      'div',
      { class: 'tools' },
      switcher,
      o.user ? h('span', { class: 'user' }, o.user.name || o.user.email) : undefined,
      logout,
    ),
  );
}
