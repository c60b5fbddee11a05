import type { Ctx } from '../core/context.ts';
import { listen } from '../core/listen.ts';
import { currentPath } from '../core/page-context.ts';

/**
 * SPA navigation: `pushState`/`replaceState` (patched), `popstate` and `hashchange` end the current
 * page view and start a new one when the path (or `#/` route) changed. `replaceState` to the same
 * path, and query-only changes, are not page views.
 */
export function captureSpaNavigation(ctx: Ctx, navigate: (from: string, back: boolean) => void): void {
  if (ctx.cfg_.spa === 'off') return;
  const check = (back: boolean) => {
    const from = ctx.page_.path;
    if (currentPath(ctx.cfg_.spa) !== from) navigate(from, back);
  };
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function patched(this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      try {
        check(false);
      } catch {
        // never break the app's own navigation
      }
      return result;
    };
  }
  listen('popstate', () => check(true));
  listen('hashchange', () => check(false));
}
