import { SURVEY_CSS } from './style.ts';
import { surveyText } from './text.ts';

/** What the dialog reports back. */
export interface SurveyDialogCallbacks {
  /** The citizen sent an answer, 1–5. */
  answer: (rating: number) => void;
  /** The dialog closed (answered, dismissed with the button or Esc). */
  closed: () => void;
}

/**
 * Shows the 5-point satisfaction question as a small non-modal dialog fixed to the bottom corner
 * (no layout shift): a `fieldset` of five native radio buttons (arrow keys move between them, screen
 * readers announce "n of 5"), a send button enabled once one is chosen, a close button and Esc. Focus
 * moves into the dialog and goes back where it was when it closes. Marked `data-ux-ignore`, so the SDK
 * never captures the survey itself. No free text.
 *
 * @example
 * const close = showSurveyDialog(document, { answer: (n) => emit(n), closed: () => {} });
 */
export function showSurveyDialog(doc: Document, cb: SurveyDialogCallbacks): () => void {
  const t = surveyText(doc.documentElement.lang || 'ko');
  const before = doc.activeElement as HTMLElement | null;
  const root = doc.createElement('section');
  root.className = 'mux-sv';
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-labelledby', 'mux-sv-q');
  root.setAttribute('aria-describedby', 'mux-sv-h');
  root.setAttribute('data-ux-ignore', '');
  const style = doc.createElement('style');
  style.textContent = SURVEY_CSS;
  const form = doc.createElement('form');
  const set = doc.createElement('fieldset');
  const legend = doc.createElement('legend');
  legend.id = 'mux-sv-q';
  legend.textContent = t.question;
  const hint = doc.createElement('p');
  hint.id = 'mux-sv-h';
  hint.textContent = t.hint;
  const opts = doc.createElement('div');
  opts.className = 'mux-sv-opts';
  t.options.forEach((label, i) => {
    const wrap = doc.createElement('label');
    const input = doc.createElement('input');
    input.type = 'radio';
    input.name = 'mux-sv';
    // the answer is an attribute: no SDK file reads or writes an input's value, not even its own
    input.setAttribute('data-n', String(i + 1));
    const n = doc.createElement('b');
    n.textContent = String(i + 1);
    n.setAttribute('aria-hidden', 'true');
    const text = doc.createElement('span');
    text.textContent = label;
    wrap.append(input, n, text);
    opts.append(wrap);
  });
  const send = doc.createElement('button');
  send.type = 'submit';
  send.className = 'mux-sv-send';
  send.textContent = t.send;
  send.disabled = true;
  const x = doc.createElement('button');
  x.type = 'button';
  x.className = 'mux-sv-x';
  x.setAttribute('aria-label', t.close);
  x.textContent = '×';
  set.append(legend, hint, opts);
  form.append(set, send);
  root.append(style, form, x);

  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    root.remove();
    doc.removeEventListener('keydown', onKey, true);
    if (before && doc.contains(before)) before.focus();
    cb.closed();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && root.contains(doc.activeElement)) {
      e.preventDefault();
      close();
    }
  };
  form.addEventListener('change', () => {
    send.disabled = !form.querySelector('input:checked');
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = form.querySelector<HTMLInputElement>('input:checked');
    if (!chosen) return;
    cb.answer(Number(chosen.getAttribute('data-n')));
    const done = doc.createElement('p');
    done.className = 'mux-sv-done';
    done.setAttribute('role', 'status');
    done.tabIndex = -1;
    done.textContent = t.thanks;
    // after this submit event has run its course: the core's form capture (a window listener) still
    // sees the form inside the ignored dialog, so it is never taken for a site form
    setTimeout(() => {
      form.replaceWith(done);
      done.focus();
      setTimeout(close, 2500);
    });
  });
  x.addEventListener('click', close);
  doc.addEventListener('keydown', onKey, true);
  doc.body.append(root);
  opts.querySelector('input')?.focus();
  return close;
}
