import type { Ctx } from '../core/context.ts';
import { listen } from '../core/listen.ts';
import { createEngagedClock, type EngagedClock } from './engaged-clock.ts';
import { scrollPercent } from './scroll-depth.ts';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'scroll', 'touchstart', 'input'] as const;

/**
 * `page_dwell` when the tab is hidden and when the page view ends. Each event carries the time
 * since the previous one of the same page view (sum them per page view) and the max scroll depth.
 */
export function capturePageDwell(ctx: Ctx): void {
  let clock: EngagedClock;
  let sent = { engagedMs: 0, visibleMs: 0, totalMs: 0 };
  let depth = 0;
  const measure = () => {
    depth = Math.max(depth, scrollPercent());
  };
  const report = () => {
    measure();
    const now = clock.read(ctx.now());
    const delta = {
      engagedMs: now.engagedMs - sent.engagedMs,
      visibleMs: now.visibleMs - sent.visibleMs,
      totalMs: now.totalMs - sent.totalMs,
    };
    sent = now;
    if (!delta.visibleMs && !delta.engagedMs && delta.totalMs < 1000) return;
    ctx.emit({ kind: 'page_dwell', ...delta, scrollPct: depth });
  };

  ctx.on('enter', () => {
    clock = createEngagedClock(ctx.now(), {
      visible: document.visibilityState === 'visible',
      focused: document.hasFocus(),
    });
    sent = { engagedMs: 0, visibleMs: 0, totalMs: 0 };
    depth = 0;
    requestAnimationFrame(measure);
  });
  ctx.on('hide', report);
  ctx.on('leave', report);

  let queued = false;
  for (const type of ACTIVITY) {
    listen(type, () => {
      clock.activity(ctx.now());
      if (type === 'scroll' && !queued) {
        queued = true;
        requestAnimationFrame(() => {
          queued = false;
          measure();
        });
      }
    });
  }
  listen('focus', (e) => e.target === window && clock.focus(ctx.now(), true));
  listen('blur', (e) => e.target === window && clock.focus(ctx.now(), false));
  listen('visibilitychange', () => clock.visibility(ctx.now(), document.visibilityState === 'visible'), document);
}
