import type { Ctx } from '../core/context.ts';
import { clip, LIMITS } from '../core/limits.ts';

/** `page_view` at every page view start; the referrer is the previous route or the document referrer. */
export function capturePageViews(ctx: Ctx): void {
  ctx.on('enter', () => {
    const { referrer } = ctx.page;
    ctx.emit({ kind: 'page_view', referrer: referrer && clip(referrer, LIMITS.maxPathLength) });
  });
}
