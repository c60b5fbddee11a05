import type { HeatmapResponse } from '@minwon-ux/api-contract';
import { overlayToken } from '../capture/heatmap/overlay-trigger.ts';
import { drawOverlay, drawRefusal } from './draw.ts';
import { findElements } from './find-elements.ts';
import { overlayMessages } from './messages.ts';

/**
 * The heatmap overlay chunk (`sdk-overlay.js`), loaded by the extension chunk only when the page was
 * opened with an overlay token: fetches the map the token grants from the collector
 * (`GET /v1/heatmap?token=`, no cookies) and draws it over the live page, again after the layout
 * settles and on resize. A refused token shows why (expired, invalid) and draws nothing else.
 */
async function start(): Promise<void> {
  const host = window.minwonUxExt;
  const token = overlayToken();
  if (!host || !token) return;
  const text = overlayMessages();
  let map: HeatmapResponse;
  try {
    const res = await fetch(`${host.cfg.endpoint}/v1/heatmap?token=${encodeURIComponent(token)}`, {
      credentials: 'omit',
    });
    const body = await res.json();
    if (!res.ok) {
      document.body.append(drawRefusal(String(body?.error?.code ?? res.status), text));
      return;
    }
    map = body as HeatmapResponse;
  } catch {
    document.body.append(drawRefusal('network', text)); // collector unreachable or origin refused
    return;
  }
  let root: HTMLElement | undefined;
  const render = () => {
    root?.remove();
    root = drawOverlay(map, findElements(), text);
    document.body.append(root);
  };
  render();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => root?.isConnected && render(), 250);
  };
  addEventListener('resize', later);
  addEventListener('load', later);
}

start();
