import type { Ctx } from '../../core/context.ts';
import { listen } from '../../core/listen.ts';
import { readJson, write } from '../../core/storage.ts';
import { isIgnored } from '../../privacy/scope.ts';
import { isSearchForm } from '../menus/site-search.ts';
import { fieldIdOf, formIdOf, formOf, isField, serviceOf } from './identify.ts';

/** How long after a submit attempt errors still count toward it. */
export const ROUND_MS = 400;
const SUBMITTED = 'mux:f';

interface FormState {
  start_: number;
  last_?: string;
  done_?: boolean;
  attempt_: number;
  round_?: { errors_: number; timer_: ReturnType<typeof setTimeout> };
}

/**
 * Form lifecycle: `form_start` at the first edit, `form_submit` per attempt (blocked when the attempt
 * produced errors), `form_abandon` with the last field when a started form is left unsent, and the
 * submitted form remembered for `form_success` on the next page. Search forms: `site_search`.
 */
export function captureForms(ctx: Ctx, onRound: (formId: string) => void) {
  let forms = new Map<string, FormState>();
  const stateOf = (formId: string, el: Element, fieldId?: string): FormState => {
    let s = forms.get(formId);
    if (!s) {
      s = { start_: ctx.now_(), attempt_: 0 };
      forms.set(formId, s);
      ctx.emit_({ kind: 'form_start', formId, fieldId, service: serviceOf(el) });
    }
    return s;
  };

  const finish = (formId: string, s: FormState, blocked: boolean) => {
    const r = s.round_;
    if (!r) return;
    clearTimeout(r.timer_);
    s.round_ = undefined;
    ctx.emit_({
      kind: 'form_submit',
      formId,
      blocked,
      attempt: s.attempt_,
      errorCount: r.errors_ || undefined,
    });
    if (!blocked) {
      s.done_ = true;
      write('sessionStorage', SUBMITTED, JSON.stringify({ formId, start: s.start_ }));
    }
  };
  const attempt = (form: Element | null) => {
    if (!form || isIgnored(form) || isSearchForm(form)) return;
    const formId = formIdOf(form);
    const s = stateOf(formId, form);
    if (s.round_) return;
    s.attempt_++;
    onRound(formId);
    s.round_ = { errors_: 0, timer_: setTimeout(() => finish(formId, s, !!s.round_?.errors_), ROUND_MS) };
  };

  const edit = (e: Event) => {
    const el = e.target as Element;
    if (!isField(el) || isIgnored(el)) return;
    const form = formOf(el);
    if (!form || isSearchForm(form)) return;
    const fieldId = fieldIdOf(el);
    stateOf(formIdOf(form), el, fieldId).last_ = fieldId;
  };
  listen('input', edit, document);
  listen('change', edit, document);
  // Enter in a field clicks the form's default button too (implicit submission), so clicks see it.
  listen(
    'click',
    (e) => {
      const b = (e.target as Element).closest?.('[type=submit],[type=image],button:not([type=button],[type=reset])');
      if (b) attempt(formOf(b));
    },
    document,
  );
  // Bubble phase on window: the site's own submit handlers have run, so defaultPrevented is final.
  // A search form's submit is `site_search` (the query text is never read), not a form attempt.
  addEventListener('submit', (e) => {
    const form = e.target as Element;
    if (isIgnored(form)) return;
    if (isSearchForm(form)) return ctx.emit_({ kind: 'site_search', formId: formIdOf(form) });
    attempt(form);
    const formId = formIdOf(form);
    const s = forms.get(formId);
    if (s?.round_ && !e.defaultPrevented) finish(formId, s, false);
  });

  ctx.on_('leave', () => {
    for (const [formId, s] of forms) {
      if (s.round_) finish(formId, s, s.round_.errors_ > 0);
      if (!s.done_)
        ctx.emit_({
          kind: 'form_abandon',
          formId,
          fieldId: s.last_,
          durationMs: ctx.now_() - s.start_,
        });
    }
  });
  ctx.on_('enter', () => {
    forms = new Map();
  });

  return {
    /** Attempt detection for `invalid` events fired without a click (requestSubmit, reportValidity). */
    /** An error appeared in a form during its current submit attempt. */
    countError_(formId: string): void {
      const r = forms.get(formId)?.round_;
      if (r) r.errors_++;
    },
    /** A form came back from the server with errors: it continues, started at the previous page. */
    resume_(formId: string): void {
      const prev = readJson<{ formId: string; start: number }>('sessionStorage', SUBMITTED);
      if (forms.has(formId)) return;
      forms.set(formId, { start_: prev?.formId === formId ? prev.start : ctx.now_(), attempt_: 0 });
    },
    /** The last submitted form of this session and when it was started, for `form_success`. */
    submitted_(): { formId: string; start: number } | null {
      return readJson('sessionStorage', SUBMITTED);
    },
  };
}
export type Forms = ReturnType<typeof captureForms>;
