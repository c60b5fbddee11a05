import type { ExtHost } from '../../core/ext-host.ts';
import { isIgnored } from '../../privacy/scope.ts';
import { accessibleName, clickTarget, elementKey, isLabelEcho } from './element-key.ts';
import { overlayToken } from './overlay-trigger.ts';

/** How far down the page `y` (page coordinates) is, 0–100: the scale of `page_dwell.scrollPct`. */
export function pageDepth(y: number): number {
  const height = Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0);
  return height > 0 ? Math.min(100, Math.max(0, Math.round((y / height) * 100))) : 0;
}

/** Tenth of a box (0–9) that `offset` pixels into a `size`-pixel side falls in. */
const tenth = (offset: number, size: number) =>
  size > 0 ? Math.min(9, Math.max(0, Math.floor((offset / size) * 10))) : 0;

/**
 * `click` for every pointer click or tap (issue 18, click maps): the element it counts for (see
 * `clickTarget`) by its stable key, its visible label once per element and page view, the tenth of
 * its box the click landed in, and how far down the page the element's top is. Keyboard activations
 * carry no position and are left out, as is the echo a label's click sends to its control; nothing
 * inside `data-ux-ignore`; no text inside `data-ux-mask`.
 * Off with `data-heatmap="0"`, and on a page opened with an overlay token. `early` are the clicks
 * the core buffered before the chunk ran.
 *
 * @example
 * captureHeatmapClicks(host, host.clicks.slice());
 */
export function captureHeatmapClicks(host: ExtHost, early: readonly MouseEvent[]): void {
  const { ctx } = host;
  // off by the site's choice, and while a designer looks at the map over the page (not a citizen's click)
  if (host.cfg.data?.heatmap === '0' || overlayToken()) return;
  let labelled = new Set<string>();
  ctx.on_('enter', () => {
    labelled = new Set();
  });
  const onClick = (e: MouseEvent) => {
    const target = e.target;
    if (!(target instanceof Element) || e.detail === 0 || isIgnored(target) || isLabelEcho(e)) return;
    const el = clickTarget(target);
    const box = el.getBoundingClientRect();
    const key = elementKey(el);
    const label = labelled.has(key) ? '' : accessibleName(el);
    labelled.add(key);
    ctx.emit_({
      kind: 'click',
      key,
      ...(label ? { label } : {}),
      sx: tenth(e.clientX - box.left, box.width),
      sy: tenth(e.clientY - box.top, box.height),
      depth: pageDepth(box.top + scrollY),
    });
  };
  for (const e of early) onClick(e);
  const next = host.tap;
  host.tap = (e) => {
    next?.(e);
    onClick(e);
  };
}
