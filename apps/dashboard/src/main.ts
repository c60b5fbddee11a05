import { currentUser, logout, type User } from './api/auth.ts';
import { ApiCallError, setUnauthorizedHandler } from './api/client.ts';
import { listSites, type SiteSummary } from './api/sites.ts';
import { getLang, onLangChange, t } from './i18n/index.ts';
import { buildHash, parseHash } from './state.ts';
import { h, statusLine } from './ui/dom.ts';
import { filtersBar } from './ui/filters-bar.ts';
import { renderShell } from './ui/shell.ts';
import { renderLogin } from './views/login.ts';
import { VIEWS } from './views/registry.ts';
import './style.css';

const root = document.getElementById('app')!;
const header = h('header', { class: 'site-header' });
const main = h('main', { id: 'main', tabindex: '-1' });
root.replaceChildren(header, main);

let user: User | undefined;
let sites: SiteSummary[] = [];
let renderToken = 0;

async function render(): Promise<void> {
  const token = ++renderToken;
  document.documentElement.lang = getLang();
  document.querySelector('.skip-link')!.textContent = t('app.skip');
  const route = parseHash(location.hash);
  const entry = VIEWS.find((v) => v.name === route.view) ?? VIEWS[0]!;
  if (!route.filters.site && sites[0]) route.filters.site = sites[0].key;
  header.replaceChildren(
    renderShell({
      views: VIEWS,
      current: entry.name,
      user,
      hashFor: (view) => buildHash(view, route.filters),
      onLogout: async () => {
        await logout();
        user = undefined;
        location.hash = '';
        void render();
      },
    }),
  );
  if (!user) {
    document.title = `${t('login.title')} · minwon-ux`;
    renderLogin(main, (u) => {
      user = u;
      void start();
    });
    return;
  }
  document.title = `${t(entry.label)} · minwon-ux`;
  main.replaceChildren(h('h1', {}, t(entry.label)));
  if (!entry.siteless) {
    if (sites.length === 0) {
      main.append(statusLine(t('filters.noSites')));
      return;
    }
    main.append(filtersBar(route.filters, sites, (f) => (location.hash = buildHash(entry.name, f))));
  }
  // Busy until the view has drawn every section (assistive technology and tests wait for it).
  const body = h('div', { class: 'view', 'aria-busy': 'true' });
  main.append(body);
  try {
    await entry.view(body, {
      filters: route.filters,
      sites,
      user,
      rest: route.rest,
      params: route.params,
      go: (hash) => (location.hash = hash),
    });
  } catch (err) {
    if (token !== renderToken) return;
    const detail = err instanceof ApiCallError ? ` (${err.status} ${err.code})` : '';
    body.append(statusLine(`${t('state.error')}${detail}`, 'error'));
  } finally {
    body.removeAttribute('aria-busy');
  }
}

async function start(): Promise<void> {
  if (user) sites = await listSites().catch(() => []);
  await render();
}

setUnauthorizedHandler(() => {
  user = undefined;
  void render();
});
window.addEventListener('hashchange', () => void render());
onLangChange(() => void render());
void currentUser().then((u) => {
  user = u;
  return start();
});
