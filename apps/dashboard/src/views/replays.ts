import type { ReplayEventsResponse, ReplaySessionsResponse } from '@minwon-ux/api-contract';
import { apiFetch } from '../api/client.ts';
import { sitePath } from '../api/sites.ts';
import { t } from '../i18n/index.ts';
import { buildHash } from '../state.ts';
import { h, statusLine } from '../ui/dom.ts';
import { formatNumber } from '../ui/format.ts';
import { dataTable } from '../ui/table.ts';
import type { View } from './view.ts';

/** Replays: recorded sessions; `?session=` loads rrweb-player (a lazy chunk) with its events. */
export const replaysView: View = async (main, { filters, params }) => {
  const { sessions } = await apiFetch<ReplaySessionsResponse>(sitePath(filters, 'replays'));
  const selected = params.get('session');
  if (selected) await playerCard(main, filters.site, selected);
  main.append(
    sessions.length === 0
      ? statusLine(t('replays.none'))
      : dataTable(t('replays.title'), sessions, [
          { label: t('replays.session'), value: (s) => h('code', {}, s.sessionId) },
          { label: t('replays.started'), value: (s) => s.startedAt },
          { label: t('replays.firstPage'), value: (s) => s.firstPath },
          { label: t('chart.events'), value: (s) => formatNumber(s.events), numeric: true },
          {
            label: t('replays.play'),
            value: (s) =>
              h(
                'a',
                { href: buildHash('replays', filters, { session: s.sessionId }) },
                `${t('replays.play')} ${s.sessionId}`,
              ),
          },
        ]),
  );
};

/** Mounts the player card first: rrweb needs its root connected to the document. */
async function playerCard(main: HTMLElement, site: string, sessionId: string): Promise<void> {
  const box = h('div', { class: 'replay-player' });
  main.append(
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'player-h' },
      h('h2', { id: 'player-h' }, `${t('replays.player')}: ${sessionId}`),
      box,
    ),
  );
  try {
    const { events } = await apiFetch<ReplayEventsResponse>(
      `/api/sites/${encodeURIComponent(site)}/replays/${encodeURIComponent(sessionId)}`,
    );
    const [{ default: Player }] = await Promise.all([import('rrweb-player'), import('rrweb-player/dist/style.css')]);
    new Player({ target: box, props: { events: events as never, width: 720, height: 420, autoPlay: false } });
    nameUnnamedControls(box);
    new MutationObserver(() => nameUnnamedControls(box)).observe(box, { childList: true, subtree: true });
  } catch {
    box.append(statusLine(t('state.error'), 'error'));
  }
}

/** rrweb-player leaves its iframe, icon buttons and switch without accessible names: add them. */
function nameUnnamedControls(box: HTMLElement): void {
  for (const frame of box.querySelectorAll('iframe')) frame.title = t('replays.player');
  for (const button of box.querySelectorAll('button')) {
    if (!button.textContent?.trim() && !button.getAttribute('aria-label'))
      button.setAttribute('aria-label', t('replays.play'));
  }
  for (const input of box.querySelectorAll('input')) {
    // its switch has an empty <label for> (the text sits in a sibling span), so axe finds no name
    if (!input.getAttribute('aria-label')) input.setAttribute('aria-label', t('replays.skipInactive'));
  }
}
