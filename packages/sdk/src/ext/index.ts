import { captureClickFrustration } from '../capture/frustration/clicks.ts';
import { captureHeatmapClicks } from '../capture/heatmap/heatmap-clicks.ts';
import { watchHeatmapOverlay } from '../capture/heatmap/overlay-trigger.ts';
import { watchChrome } from '../chrome/trigger.ts';
import { startReplay } from '../replay/loader.ts';
import { markReturning, watchSurvey } from '../survey/trigger.ts';

/**
 * The extension chunk (`sdk-ext.js`): loaded by the core at start (see `core/ext-host.ts`), with
 * the core's context. Each capture here hooks the host the same way core modules hook the context.
 */
function start(): void {
  const host = window.minwonUxExt;
  if (!host) return;
  const early = host.clicks.slice(); // click frustration drains the buffer; click maps see it too
  captureClickFrustration(host);
  captureHeatmapClicks(host, early);
  watchHeatmapOverlay(host);
  watchChrome(host);
  markReturning(host);
  watchSurvey(host);
  if (host.cfg.replay > 0) startReplay(host.cfg, host.sid, host.enabled);
}

start();
