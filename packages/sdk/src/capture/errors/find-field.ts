import { fieldsIn, findField, isField } from '../forms/identify.ts';

const INVALID = '[aria-invalid=true],.is-error *';

/**
 * The field an error message belongs to: the field pointing at it with `aria-errormessage` /
 * `aria-describedby`, the field named by `data-ux-error="…"`, else the only field (or the only
 * invalid field) of the nearest container that has fields. Null for form-level messages.
 */
export function fieldForMessage(message: Element): HTMLElement | null {
  if (message.id) {
    const id = CSS.escape(message.id);
    const linked = document.querySelector<HTMLElement>(`[aria-errormessage~="${id}"],[aria-describedby~="${id}"]`);
    if (linked) return linked;
  }
  const named = message.getAttribute('data-ux-error');
  const field = named && findField(named);
  if (field) return field;
  let node = message.parentElement;
  for (let depth = 0; node && depth < 5 && node !== document.body; depth++, node = node.parentElement) {
    const fields = fieldsIn(node);
    if (!fields.length) continue;
    // one field, or one radio/checkbox group
    const name = fields[0]!.getAttribute('name');
    if (fields.length === 1 || (name && fields.every((f) => f.getAttribute('name') === name))) return fields[0]!;
    const invalid = fields.filter((f) => f.matches(INVALID));
    return invalid.length === 1 ? invalid[0]! : null;
  }
  return null;
}

/** The field an error state is on: the element itself, or the field inside an `.is-error` wrapper. */
export function fieldForState(el: Element): HTMLElement | null {
  return isField(el) ? el : (fieldsIn(el)[0] ?? null);
}

/** Visible text of the messages a field links with `aria-errormessage` / `aria-describedby`. */
export function linkedMessages(field: Element): Element[] {
  return `${field.getAttribute('aria-errormessage') ?? ''} ${field.getAttribute('aria-describedby') ?? ''}`
    .split(/\s+/)
    .map((id) => id && document.getElementById(id))
    .filter((el): el is HTMLElement => !!el);
}
