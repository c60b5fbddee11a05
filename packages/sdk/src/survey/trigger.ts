import type { ExtHost } from '../core/ext-host.ts';
import { read, readJson, write } from '../core/storage.ts';

declare global {
  interface Window {
    /** Set by `sdk-survey.js`: offers the satisfaction question for a completed form. */
    minwonUxSurvey?: (formId: string) => void;
  }
}

/** localStorage: the survey was offered for form X in month Y (`mux:sv:X` = `YYYY-MM`). */
export const SURVEY_KEY = 'mux:sv:';

/**
 * The satisfaction micro-survey's trigger (issue 16), in the extension chunk: with `data-survey="1"`
 * on the script tag, after a form success (a `data-ux-success` page, or `markSuccess()`), loads
 * `sdk-survey.js` and offers the question — at most once per browser, form and calendar month.
 *
 * @example
 * watchSurvey(host); // from the extension chunk
 */
export function watchSurvey(host: ExtHost): void {
  if (host.cfg.data.survey !== '1') return;
  const { ctx } = host;
  let offered = '';
  const offer = (formId: string) => {
    const month = new Date(ctx.now_()).toISOString().slice(0, 7);
    if (!host.enabled() || offered === formId || read('localStorage', SURVEY_KEY + formId) === month) return;
    offered = formId;
    if (window.minwonUxSurvey) return window.minwonUxSurvey(formId);
    const script = document.createElement('script');
    script.src = new URL('sdk-survey.js', host.cfg.extUrl).href;
    script.async = true;
    script.onload = () => window.minwonUxSurvey?.(formId);
    document.head.append(script);
  };
  // a success the core reports from now on …
  const emit = ctx.emit_;
  ctx.emit_ = (event) => {
    emit(event);
    if (event.kind === 'form_success') offer(event.formId ?? '');
  };
  // … and one it reported before this chunk loaded (a receipt page is marked at load)
  const success = document.querySelector('[data-ux-success]:not([data-ux-ignore] *)');
  if (success) {
    offer(
      success.getAttribute('data-ux-success') || readJson<{ formId: string }>('sessionStorage', 'mux:f')?.formId || '',
    );
  }
}

/**
 * Stamps `rv: 1` on this page view's events when the browser was on the site in an earlier session
 * (first-time vs returning visitors: 학습용이성, 기억용이성). Keeps only a constant flag in
 * localStorage (`mux:v` = `1`) and, for the first session, `mux:new` in sessionStorage — never an id.
 *
 * @example
 * markReturning(host); // from the extension chunk
 */
export function markReturning(host: ExtHost): void {
  if (!host.enabled()) return;
  if (!read('localStorage', 'mux:v')) {
    write('localStorage', 'mux:v', '1');
    write('sessionStorage', 'mux:new', '1');
  }
  if (read('sessionStorage', 'mux:new')) return;
  const stamp = () => {
    (host.ctx.page_ as { rv?: 1 }).rv = 1;
  };
  stamp();
  host.ctx.on_('enter', stamp);
}
