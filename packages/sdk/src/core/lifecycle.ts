import type { Ctx } from './context.ts';
import { listen } from './listen.ts';
import { pageFields } from './page-context.ts';

/**
 * Drives the page-view lifecycle: `enter` at start, SPA navigation and bfcache restore; `leave` on
 * navigation and `pagehide`; `hide` when the tab is hidden. `onGone` runs after the hooks (flush).
 *
 * @example
 * const navigate = startLifecycle(ctx, () => queue.flush_(true)); navigate('/previous');
 */
export function startLifecycle(ctx: Ctx, onGone: () => void): (referrer?: string, back?: boolean) => void {
  let left = false;
  const enter = (referrer?: string, back = false) => {
    left = false;
    ctx.page_ = { ...pageFields(ctx.cfg_.spa), start_: ctx.now_(), back_: back, referrer };
    ctx.fire_('enter');
  };
  const leave = (unload: boolean) => {
    if (left) return;
    left = true;
    ctx.fire_('leave', unload);
  };
  listen('pagehide', () => {
    leave(true);
    onGone();
  });
  listen(
    'visibilitychange',
    () => {
      if (document.visibilityState !== 'hidden') return;
      ctx.fire_('hide');
      onGone();
    },
    document,
  );
  listen('pageshow', (e) => {
    if (e.persisted) enter(ctx.page_.path, true);
  });
  const referrer = document.referrer.split(/[?#]/)[0]!.replace(location.origin, '') || undefined;
  const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  enter(referrer, nav?.type === 'back_forward');
  return (from?: string, back?: boolean) => {
    leave(false);
    enter(from, back);
  };
}
