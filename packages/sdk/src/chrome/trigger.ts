import type { ExtHost } from '../core/ext-host.ts';

/** Data-entry fields worth describing (not hidden inputs or buttons). */
const FIELDS = 'input:not([type=hidden],[type=submit],[type=button],[type=reset],[type=image]),select,textarea';
/** Idle time after a page view (or a DOM change) before the chrome is read. */
export const CHROME_DELAY_MS = 1500;

/**
 * Loads the page-chrome chunk (`sdk-chrome.js`, beside `sdk-ext.js`) once a page view shows form
 * fields, after the page settled, and asks it again after each page view and each DOM change that adds
 * fields (a later step of a form, an SPA route). The chunk skips what this browser already reported.
 *
 * @example
 * watchChrome(host); // from the extension chunk
 */
export function watchChrome(host: ExtHost): void {
  let loading = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    if (!document.querySelector(FIELDS) || !host.enabled()) return;
    if (window.minwonUxChrome) return window.minwonUxChrome();
    if (loading) return;
    loading = true;
    const script = document.createElement('script');
    script.src = new URL('sdk-chrome.js', host.cfg.extUrl).href;
    script.async = true;
    document.head.append(script);
  };
  const soon = () => {
    if (timer === undefined) timer = setTimeout(run, CHROME_DELAY_MS);
  };
  host.ctx.on_('enter', soon);
  // only DOM changes that add fields (a form's next step, an SPA view), not every animation
  host.dom.subscribe_((records) => {
    for (const r of records)
      for (const n of r.addedNodes)
        if (n instanceof Element && (n.matches(FIELDS) || n.querySelector(FIELDS))) return soon();
  });
  soon();
}
