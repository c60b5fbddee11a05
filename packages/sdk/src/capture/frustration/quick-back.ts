import type { Ctx } from '../../core/context.ts';
import { readJson, write } from '../../core/storage.ts';

/** A return to the previous page within this time of arriving counts as a quick back. */
export const QUICK_BACK_MS = 10_000;
const KEY = 'mux:l';

interface LastPage {
  path: string;
  from?: string;
  start: number;
  left: number;
}

/**
 * `quick_back`: the visitor arrived on a page and went back to the page they came from within 10 s
 * (history back, SPA popstate, or bfcache restore). Reported on the page they returned to; `path`
 * is the page they bounced off, `target` where they went back to.
 */
export function captureQuickBack(ctx: Ctx): void {
  ctx.on_('leave', () => {
    const { path, start_: start } = ctx.page_;
    const from = ctx.page_.referrer;
    write('sessionStorage', KEY, JSON.stringify({ path, from, start, left: ctx.now_() } satisfies LastPage));
  });
  ctx.on_('enter', () => {
    const last = readJson<LastPage>('sessionStorage', KEY);
    if (!last || !ctx.page_.back_ || last.from !== ctx.page_.path) return;
    const durationMs = last.left - last.start;
    if (durationMs >= 0 && durationMs < QUICK_BACK_MS && ctx.now_() - last.left < 5000) {
      ctx.emit_({ kind: 'quick_back', path: last.path, durationMs, target: ctx.page_.path });
    }
  });
}
