import type { Ctx } from '../core/context.ts';
import { clip, MAX_PATH } from '../core/limits.ts';

/** `page_view` at every page view start; the referrer is the previous route or the document referrer. */
export function capturePageViews(ctx: Ctx): void {
  ctx.on_('enter', () => {
    const { referrer } = ctx.page_;
    ctx.emit_({ kind: 'page_view', referrer: referrer && clip(referrer, MAX_PATH) });
  });
}
