import { reportChrome } from './report.ts';

declare global {
  interface Window {
    /** Set by `sdk-chrome.js`: reports the current page's chrome through the core's context. */
    minwonUxChrome?: () => void;
  }
}

/**
 * The page-chrome chunk (`sdk-chrome.js`), loaded by the extension chunk once a page shows form
 * fields (see `trigger.ts`). Built with the core's mangle cache, so it uses the core's own context.
 */
function start(): void {
  const host = window.minwonUxExt;
  if (!host) return;
  const { ctx } = host;
  window.minwonUxChrome = () => {
    if (host.enabled()) reportChrome(ctx.emit_, ctx.page_.path);
  };
  window.minwonUxChrome();
}

start();
