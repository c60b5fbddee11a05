import type { Ctx } from '../../core/context.ts';
import type { DomObserver } from '../../core/dom-observer.ts';
import { clip } from '../../core/limits.ts';
import type { Forms } from './forms.ts';

/**
 * `form_success`: a `data-ux-success` element on the page (receipt / completion page) or
 * `markSuccess()`. The form is the attribute's value, else the last form submitted in the session.
 * Returns `markSuccess`; at most one success per form per page view.
 */
export function captureSuccess(ctx: Ctx, forms: Forms, dom: DomObserver): (formId?: string) => void {
  let done = new Set<string>();
  const mark = (formId?: string) => {
    const last = forms.submitted_();
    const id = clip(formId, 128) || last?.formId;
    const key = id ?? '';
    if (done.has(key)) return;
    done.add(key);
    const durationMs = last && last.formId === id ? Math.max(0, ctx.now_() - last.start) : undefined;
    ctx.emit_({
      kind: 'form_success',
      formId: id,
      durationMs,
    });
  };
  const scan = () => {
    for (const el of document.querySelectorAll('[data-ux-success]')) {
      if (!el.closest('[data-ux-ignore]')) mark(el.getAttribute('data-ux-success') || undefined);
    }
  };
  ctx.on_('enter', () => {
    done = new Set();
    scan();
  });
  dom.later_(250, scan);
  return mark;
}
