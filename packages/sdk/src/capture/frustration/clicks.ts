import type { ExtHost } from '../../core/ext-host.ts';
import { listen } from '../../core/listen.ts';
import { isIgnored } from '../../privacy/scope.ts';
import { clickTarget, elementKey, isLabelEcho } from '../heatmap/element-key.ts';
import { describeElement } from './element-label.ts';
import { createRageDetector, RAGE_GAP_MS } from './rage-detector.ts';

/** DESIGN.md: a click is dead when nothing in the DOM changes within 2.5 s (`<head>` does not count). */
export const DEAD_MS = 2500;
/** …and nothing scrolls or gets selected within 100 ms. */
export const DEAD_SCROLL_MS = 100;

/**
 * `rage_click` (one per burst, with its size) and `dead_click` (no DOM change in 2.5 s, no scroll or
 * selection within 100 ms, not a link, not a form field).
 */
export function captureClickFrustration(host: ExtHost): void {
  const { ctx, dom } = host;
  const rage = createRageDetector();
  let burst: { el_: Element; count_: number; x: number; y: number; timer_?: ReturnType<typeof setTimeout> } | undefined;
  let changed = 0;
  let scrolled = 0;
  dom.subscribe_((records) => {
    // nothing in <head> is a visible response: a script loaded there (our own chunks too) is no answer
    if (records.some((r) => !document.head.contains(r.target))) changed = ctx.now_();
  });
  const moved = () => {
    scrolled = ctx.now_();
  };
  listen('scroll', moved);
  // a click on text moves the caret (a collapsed selection): only a selected range is a response
  listen('selectionchange', () => getSelection()?.type === 'Range' && moved(), document);

  const reportRage = () => {
    if (!burst) return;
    const { el_, count_, x, y } = burst;
    burst = undefined;
    const key = elementKey(clickTarget(el_));
    ctx.emit_({ kind: 'rage_click', element: describeElement(el_), key, count: Math.min(count_, 1000), x, y });
  };
  ctx.on_('leave', reportRage);
  ctx.on_('hide', reportRage);

  const onClick = (e: MouseEvent) => {
    const el = e.target as Element;
    // detail 0: keyboard; a label's echo on its control is the same click again
    if (!(el instanceof Element) || isIgnored(el) || e.detail === 0 || isLabelEcho(e)) return;
    const at = ctx.now_() - performance.now() + e.timeStamp; // a buffered click keeps its own time
    const p = { x: Math.max(0, Math.round(e.pageX)), y: Math.max(0, Math.round(e.pageY)) };
    const count = rage(at, e.clientX, e.clientY);
    if (count) {
      clearTimeout(burst?.timer_);
      burst = { el_: el, count_: count, ...p, timer_: setTimeout(reportRage, RAGE_GAP_MS) };
    }
    if (el.closest('a[href],input,select,textarea,label,[contenteditable],summary')) return;
    let responded = false;
    setTimeout(() => {
      // a scroll or a text selection right after the click means it did something
      responded = scrolled >= at || getSelection()?.type === 'Range';
    }, DEAD_SCROLL_MS);
    setTimeout(() => {
      if (!responded && changed < at)
        ctx.emit_({ kind: 'dead_click', element: describeElement(el), key: elementKey(clickTarget(el)), ...p });
    }, DEAD_MS);
  };
  // the core buffered the clicks before this chunk ran, and hands every later one to `tap`
  for (const e of host.clicks.splice(0)) onClick(e);
  host.tap = onClick;
}
