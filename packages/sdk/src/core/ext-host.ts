import type { Config } from './config.ts';
import type { Ctx } from './context.ts';
import type { DomObserver } from './dom-observer.ts';
import { listen } from './listen.ts';

/**
 * What the core hands the extension chunk (`sdk-ext.js`). The chunk is built with the core's
 * mangle cache, so `ctx` and `dom` are the very objects the core's capture modules use.
 */
export interface ExtHost {
  ctx: Ctx;
  dom: DomObserver;
  /** Config, with the script tag's `data-*` attributes in `cfg.data` (empty for the ESM build). */
  cfg: Config;
  sid: () => string;
  enabled: () => boolean;
  /** Clicks seen before the chunk took over; the chunk drains them and sets `tap`. */
  clicks: MouseEvent[];
  tap?: (event: MouseEvent) => void;
}

declare global {
  interface Window {
    minwonUxExt?: ExtHost;
  }
}

/**
 * Loads the extension chunk with a script tag and buffers clicks until it runs, so a click right
 * after load is never missed. The core stays within its size budget; the chunk carries click
 * capture and what loads on demand (replay, page chrome, survey, heatmap overlay).
 *
 * @example
 * loadExtensions({ ctx, dom, cfg, sid, enabled, clicks: [] });
 */
export function loadExtensions(host: ExtHost): void {
  window.minwonUxExt = host;
  listen('click', (e) => (host.tap ? host.tap(e) : host.clicks.length < 50 && host.clicks.push(e)), document);
  const script = document.createElement('script');
  script.src = host.cfg.extUrl;
  script.async = true;
  document.head.append(script);
}
