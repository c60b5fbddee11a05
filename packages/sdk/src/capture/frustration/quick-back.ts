import type { Ctx } from '../../core/context.ts';
import { readJson, write } from '../../core/storage.ts';

/** A return to the previous page within this time of arriving counts as a quick back. */
export const QUICK_BACK_MS = 10_000;
const KEY = 'mux:l';

/** The page view that just ended: path, where it came from, how long it lasted, when it ended. */
type LastPage = [path: string, from: string | undefined, durationMs: number, left: number];

/**
 * `quick_back`: the visitor arrived on a page and went back to the page they came from within 10 s
 * (history back, SPA popstate, or bfcache restore). Reported on the page they returned to; `path`
 * is the page they bounced off, `target` where they went back to.
 */
export function captureQuickBack(ctx: Ctx): void {
  ctx.on_('leave', () => {
    const { path, referrer, start_ } = ctx.page_;
    const now = ctx.now_();
    write('sessionStorage', KEY, JSON.stringify([path, referrer, now - start_, now] satisfies LastPage));
  });
  ctx.on_('enter', () => {
    const [path, from, durationMs = -1, left = 0] = readJson<LastPage>('sessionStorage', KEY) ?? [];
    if (
      ctx.page_.back_ &&
      from === ctx.page_.path &&
      durationMs >= 0 &&
      durationMs < QUICK_BACK_MS &&
      ctx.now_() - left < 5000
    )
      ctx.emit_({ kind: 'quick_back', path, durationMs, target: ctx.page_.path });
  });
}
