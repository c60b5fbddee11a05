import type { HeatmapResponse, ReplayEventsResponse } from '@minwon-ux/api-contract';
import { findElements } from '@minwon-ux/sdk/heatmap-overlay/find-elements';
import { apiFetch } from '../api/client.ts';
import { t } from '../i18n/index.ts';
import { h, statusLine } from '../ui/dom.ts';

interface ReplayEvent {
  type: number;
  timestamp: number;
  data?: { href?: string };
}

/** Offset (ms from the first event) just after the first full snapshot of `path`, or undefined. */
export function snapshotOffset(events: readonly ReplayEvent[], path: string): number | undefined {
  const first = events[0]?.timestamp ?? 0;
  for (const [i, e] of events.entries()) {
    if (e.type !== 4 || !e.data?.href) continue;
    // the path by hand: the collector's scrubber may have replaced the host (`http://[IP]:8080/…`)
    const at = e.data.href.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split(/[?#]/)[0] || '/';
    if (at !== path) continue;
    const full = events.slice(i + 1).find((x) => x.type === 2);
    return (full ?? e).timestamp - first + 1;
  }
  return undefined;
}

/** Draws the map's boxes into the snapshot's document, over the elements found by their keys. */
function drawInto(doc: Document, map: HeatmapResponse): number {
  const found = findElements(doc.body);
  const win = doc.defaultView;
  const layer = doc.createElement('div');
  layer.setAttribute('data-minwon-overlay', 'snapshot');
  layer.style.cssText = 'position:absolute;left:0;top:0;width:100%;height:0;pointer-events:none;z-index:2147483646';
  const most = Math.max(1, ...map.elements.map((e) => e.clicks + e.rage + e.dead));
  let drawn = 0;
  for (const item of map.elements) {
    const r = found.get(item.key)?.getBoundingClientRect();
    if (!r || (r.width === 0 && r.height === 0)) continue;
    drawn++;
    const box = doc.createElement('div');
    box.setAttribute('data-minwon-key', item.key);
    box.setAttribute('data-clicks', String(item.clicks));
    const alpha = (0.15 + 0.45 * ((item.clicks + item.rage + item.dead) / most)).toFixed(2);
    box.style.cssText = `position:absolute;left:${r.left + (win?.scrollX ?? 0)}px;top:${r.top + (win?.scrollY ?? 0)}px;width:${r.width}px;height:${r.height}px;background:rgba(255,90,0,${alpha});outline:2px solid ${item.rage ? '#d00' : item.dead ? '#555' : '#f60'};box-sizing:border-box;font:12px system-ui,sans-serif`;
    const badge = doc.createElement('span');
    badge.textContent = String(item.clicks);
    badge.style.cssText =
      'position:absolute;left:0;top:-16px;padding:0 4px;background:#111;color:#fff;border-radius:3px';
    box.append(badge);
    layer.append(box);
  }
  doc.body.append(layer);
  return drawn;
}

/**
 * The map over a masked replay snapshot of the page (a recorded session's first full snapshot of it),
 * for when the live page cannot be opened. Text in the snapshot is masked, so elements named only by
 * their label are not found there; ids, `data-ux-*` hints, names and positions are.
 *
 * @example
 * main.append(snapshotCard('demo', map));
 */
export function snapshotCard(site: string, map: HeatmapResponse): HTMLElement {
  const box = h('div', { class: 'replay-player' });
  const note = h('p', { class: 'note', role: 'status' });
  const load = h('button', { type: 'button', id: 'hm-snapshot-load' }, t('heatmap.snapshotLoad'));
  load.addEventListener('click', async () => {
    load.disabled = true;
    try {
      const sessionId = map.replaySession ?? '';
      const { events } = await apiFetch<ReplayEventsResponse>(
        `/api/sites/${encodeURIComponent(site)}/replays/${encodeURIComponent(sessionId)}`,
      );
      const list = events as unknown as ReplayEvent[];
      const offset = snapshotOffset(list, map.path);
      if (offset === undefined) throw new Error('no snapshot of the page');
      const [{ default: Player }] = await Promise.all([import('rrweb-player'), import('rrweb-player/dist/style.css')]);
      const player = new Player({
        target: box,
        props: { events: events as never, width: 720, height: 480, autoPlay: false, showController: false },
      });
      const replayer = player.getReplayer();
      replayer.pause(offset);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const doc = replayer.iframe.contentDocument;
      if (!doc?.body) throw new Error('no snapshot document');
      for (const frame of box.querySelectorAll('iframe')) frame.title = t('heatmap.snapshot');
      note.textContent = t('heatmap.snapshotFound', { n: drawInto(doc, map), total: map.elements.length });
    } catch {
      box.replaceChildren(statusLine(t('state.error'), 'error'));
    }
  });
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'hm-snapshot' },
    h('h2', { id: 'hm-snapshot' }, t('heatmap.snapshot')),
    h('p', {}, t('heatmap.snapshotIntro')),
    load,
    note,
    box,
  );
}
