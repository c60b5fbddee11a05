import type { ExtHost } from '../../core/ext-host.ts';

/**
 * The heatmap overlay token the dashboard's "open on site" puts in the page's URL fragment
 * (`#minwon-heatmap=TOKEN`, or `?minwon-heatmap=` inside a hash route), if any.
 *
 * @example
 * overlayToken('#minwon-heatmap=eyJ….abc'); // 'eyJ….abc'
 */
export function overlayToken(hash: string = location.hash): string | undefined {
  return /[#?&]minwon-heatmap=([\w.-]+)/.exec(hash)?.[1];
}

/**
 * Loads the overlay chunk (`sdk-overlay.js`, beside `sdk-ext.js`) when the page was opened with an
 * overlay token; it draws the page's click and scroll map over the live page. Nothing else happens
 * on a page without a token.
 *
 * @example
 * watchHeatmapOverlay(host); // from the extension chunk
 */
export function watchHeatmapOverlay(host: ExtHost): void {
  if (!overlayToken()) return;
  const script = document.createElement('script');
  script.src = new URL('sdk-overlay.js', host.cfg.extUrl).href;
  script.async = true;
  document.head.append(script);
}
