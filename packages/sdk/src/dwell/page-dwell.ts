import type { Ctx } from '../core/context.ts';
import { listen } from '../core/listen.ts';
import { createEngagedClock, type EngagedClock } from './engaged-clock.ts';
import { scrollPercent } from './scroll-depth.ts';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'scroll', 'touchstart', 'input'] as const;

/**
 * `page_dwell` when the tab is hidden and when the page view ends. Each event carries the time
 * since the previous one of the same page view (sum them per page view), the max scroll depth so far
 * and `pv`, the page view's start time, the same in every report of one page view.
 */
export function capturePageDwell(ctx: Ctx): void {
  let clock: EngagedClock;
  let depth = 0;
  let start = 0;
  const measure = () => {
    depth = Math.max(depth, scrollPercent());
  };
  const report = () => {
    measure();
    const times = clock.read_(ctx.now_());
    if (times.visibleMs || times.engagedMs || times.totalMs >= 1000)
      ctx.emit_({ kind: 'page_dwell', ...times, scrollPct: depth, pv: start });
  };
  const visible = () => document.visibilityState === 'visible';

  ctx.on_('enter', () => {
    start = ctx.now_();
    clock = createEngagedClock(start, { visible: visible(), focused: document.hasFocus() });
    depth = 0;
    requestAnimationFrame(measure);
  });
  ctx.on_('hide', report);
  ctx.on_('leave', report);

  let queued = false;
  for (const type of ACTIVITY) {
    listen(type, () => {
      clock.activity_(ctx.now_());
      if (type === 'scroll' && !queued) {
        queued = true;
        requestAnimationFrame(() => {
          queued = false;
          measure();
        });
      }
    });
  }
  for (const type of ['focus', 'blur'] as const)
    listen(type, (e) => e.target === window && clock.focus_(ctx.now_(), type === 'focus'));
  listen('visibilitychange', () => clock.visibility_(ctx.now_(), visible()), document);
}
