import { clip } from '../../core/limits.ts';

const FIELDS = 'input,select,textarea,[contenteditable=""],[contenteditable=true],[role=textbox],[role=combobox]';

const attr = (el: Element | null | undefined, name: string) => el?.getAttribute(name)?.trim() || undefined;
const id = (text: string | null | undefined) => clip(text, 128) || undefined;

/** The form-like container of an element: `[data-ux-form]`, else its `<form>`. */
export function formOf(el: Element): Element | null {
  return el.closest('[data-ux-form]') ?? (el as HTMLInputElement).form ?? el.closest('form');
}

/**
 * A form's stable id (DESIGN.md): `data-ux-form`, `name`, `id`, accessible name, else its index
 * among the page's forms (`form-2`); `page` for fields outside any form.
 * Attributes are read with `getAttribute` because `form.name` can be shadowed by a field named "name".
 *
 * @example
 * formIdOf(document.querySelector('form')); // 'apply'
 */
export function formIdOf(form: Element | null): string {
  if (!form) return 'page';
  const labelledBy = attr(form, 'aria-labelledby');
  const labelled = labelledBy && document.getElementById(labelledBy.split(/\s+/)[0]!)?.textContent;
  return (
    id(attr(form, 'data-ux-form') ?? attr(form, 'name') ?? attr(form, 'id') ?? attr(form, 'aria-label') ?? labelled) ??
    `form-${[...document.forms].indexOf(form as HTMLFormElement) + 1}`
  );
}

/**
 * The national service code a form declares with `data-ux-service` on the form or its `data-ux-form`
 * container (the nearest one above `el`), for joint benchmarks between agencies.
 *
 * @example
 * serviceOf(document.querySelector('[name=phone]')); // 'MOIS-0001'
 */
export const serviceOf = (el: Element) => id(attr(el.closest('[data-ux-service]'), 'data-ux-service'));

/**
 * A field's stable id: `data-ux-field`, `name`, `id`, else its tag and position in the form.
 *
 * @example
 * fieldIdOf(document.querySelector('[name=phone]')); // 'phone'
 */
export function fieldIdOf(el: Element): string {
  const named = id(attr(el, 'data-ux-field') ?? attr(el, 'name') ?? attr(el, 'id'));
  if (named) return named;
  const scope = formOf(el) ?? document;
  return `${el.tagName.toLowerCase()}-${fieldsIn(scope).indexOf(el as HTMLElement) + 1}`;
}

/** The field's type for analysis: input type, `select`, `textarea` or role. */
export function fieldTypeOf(el: Element): string {
  const tag = el.tagName.toLowerCase();
  // inputs and textareas have a `type` ('textarea' for the latter), a select's is 'select-one'
  return clip(tag === 'select' ? tag : (el as HTMLInputElement).type || attr(el, 'role') || tag, 32);
}

/** The wire fields that name a field: its form, its id and its type. */
export const describeField = (el: Element) => ({
  formId: formIdOf(formOf(el)),
  fieldId: fieldIdOf(el),
  fieldType: fieldTypeOf(el),
});

/** Finds a field by `data-ux-field`, `name` or `id`. */
export function findField(id: string): HTMLElement | null {
  const q = CSS.escape(id);
  return document.querySelector(`[data-ux-field="${q}"],[name="${q}"],#${q}`);
}

/** Whether `el` is a data-entry field the SDK follows. */
export const isField = (el: EventTarget | null): el is HTMLElement => el instanceof Element && el.matches(FIELDS);

/** All fields inside a container. */
export const fieldsIn = (root: ParentNode): HTMLElement[] => [...root.querySelectorAll<HTMLElement>(FIELDS)];
