import type { ErrorSource } from '@minwon-ux/schema';
import type { Ctx } from '../../core/context.ts';
import { type DomObserver, isVisible } from '../../core/dom-observer.ts';
import { isIgnored, safeText } from '../../privacy/scope.ts';
import { describeField, fieldsIn, formIdOf, formOf } from '../forms/identify.ts';
import { fieldForMessage, fieldForState, linkedMessages } from './find-field.ts';
import { type ErrorRegistry, type ErrorReport, errorKey } from './registry.ts';
import { errorKindOf } from './validity.ts';

/** Elements that carry an error message: markup hint, KRDS hint, alerts/live regions, error-ish ids. */
const MESSAGES =
  '[data-ux-error],.form-hint-invalid,[role=alert],[aria-live=assertive],[aria-live=polite],[id][class*=error],[id][class*=invalid]';
/** Elements that carry an error state: ARIA on fields, KRDS class on wrappers. */
const STATES = '[aria-invalid=true],.is-error';

type Found = Map<string, ErrorReport>;

function add(found: Found, field: Element | null, anchor: Element, source: ErrorSource, message?: string): void {
  const form = formOf(field ?? anchor);
  if (!form && source === 'aria' && !field) return; // live regions outside forms are site notices
  const named = field ? describeField(field) : { formId: formIdOf(form), fieldId: 'form' };
  const key = errorKey(named);
  const known = found.get(key);
  if (known) {
    known.message ??= message;
    return;
  }
  const validity = (field as HTMLInputElement | null)?.validity;
  found.set(key, {
    ...named,
    errorKind: validity && !validity.valid ? errorKindOf(validity) : 'custom',
    errorSource: source,
    message,
  });
}

/** Every input error visible on the page right now, one per form and field. */
export function collectVisibleErrors(): Found {
  const found: Found = new Map();
  for (const el of document.querySelectorAll(STATES)) {
    const field = fieldForState(el);
    if (!field || isIgnored(el) || !isVisible(field)) continue;
    const message = linkedMessages(field).find(
      (m) => isVisible(m) && (el.matches('[aria-invalid=true]') || m.id === field.getAttribute('aria-errormessage')),
    );
    add(found, field, el, el.matches('.is-error') ? 'class' : 'aria', safeText(message));
  }
  for (const m of document.querySelectorAll(MESSAGES)) {
    if (isIgnored(m) || fieldsIn(m).length || !isVisible(m)) continue;
    const text = safeText(m);
    if (!text && !m.hasAttribute('data-ux-error')) continue;
    const source = m.matches('[data-ux-error]') ? 'markup' : m.matches('.form-hint-invalid') ? 'class' : 'aria';
    add(found, fieldForMessage(m), m, source, text);
  }
  return found;
}

/**
 * Sources `aria`, `class`, `markup` and `server`: diffs the visible errors after DOM changes (at most
 * every 100 ms) and reports those that appeared; errors present when a document loads come from the
 * server (a form re-rendered after a failed submit). `rescan(formId)` re-reports what is still shown
 * at a new submit attempt.
 */
export function captureDomErrors(
  ctx: Ctx,
  dom: DomObserver,
  errors: ErrorRegistry,
  onServerError: (formId: string) => void,
) {
  let shown: Found = new Map();
  let first = true;
  const scan = (again?: string) => {
    const now = collectVisibleErrors();
    for (const [key, r] of now) {
      if (first) {
        r.errorSource = r.errorKind = 'server';
        onServerError(r.formId);
      }
      if (!shown.has(key) || r.formId === again) errors.report_(r);
    }
    for (const [key, r] of shown) if (!now.has(key)) errors.clear_(r);
    shown = now;
    first = false;
  };
  dom.later_(100, scan);
  ctx.on_('enter', () => {
    shown = new Map();
    scan();
  });
  return {
    rescan_(formId: string): void {
      setTimeout(() => scan(formId), 50);
    },
  };
}
