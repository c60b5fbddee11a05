import type { ChromeField } from '@minwon-ux/schema';
import { fieldIdOf, fieldsIn, fieldTypeOf, formIdOf, formOf } from '../capture/forms/identify.ts';
import { isSearchForm } from '../capture/menus/site-search.ts';
import { clip } from '../core/limits.ts';
import { isIgnored, isMasked, safeText } from '../privacy/scope.ts';
import { labelOf, MAX_LABEL } from './label.ts';

/** What one form shows: its id (as its other events carry it), title and fields in order. */
export interface FormChrome {
  formId: string;
  formTitle?: string;
  fields: ChromeField[];
}

/** Most fields described per form (the wire's `maxChromeFields`). */
export const MAX_FIELDS = 100;

const NOT_DATA = /^(hidden|submit|button|reset|image)$/;
const ERROR_LIKE = '.form-hint-invalid,[class*=error],[class*=invalid],[role=alert],[data-ux-error]';
const HINT_LIKE = '.form-hint,.krds-form-hint,[class*=hint],[class*=help],[class*=guide],.desc';
const TITLE_LIKE = 'h1,h2,h3,h4,.h-tit,.page-title';
/** KRDS's step indicator, or any list marking the current step. */
const STEP_INDICATOR = '.krds-step-wrap,[aria-current="step"]';

const attr = (el: Element, name: string) => clip(el.getAttribute(name), 64) || undefined;

/**
 * What the page shows of each form (never a value): the forms (and fields outside any form, as
 * `page`) with their titles and, per field id, the visible label, required attribute and mark,
 * type/inputmode/autocomplete, hint, whether an error message is programmatically tied to the field
 * (`aria-errormessage`, `aria-invalid`, or an error-like `aria-describedby` target) and position.
 * Search forms, `data-ux-ignore` and hidden/button inputs are left out; nothing inside `data-ux-mask`.
 *
 * @example
 * extractChrome()[0]; // { formId: 'j_idt45', formTitle: '전입신고', fields: [{ fieldId: 'txtAplcntNm', label: '신청인 성명', … }] }
 */
export function extractChrome(root: ParentNode = document): FormChrome[] {
  const forms = new Map<Element | null, Map<string, HTMLElement[]>>();
  for (const el of fieldsIn(root)) {
    if (NOT_DATA.test((el as HTMLInputElement).type) || isIgnored(el)) continue;
    const form = formOf(el);
    if (form && isSearchForm(form)) continue;
    const byId = forms.get(form) ?? new Map<string, HTMLElement[]>();
    forms.set(form, byId);
    const id = fieldIdOf(el);
    byId.set(id, [...(byId.get(id) ?? []), el]);
  }
  return [...forms].map(([form, byId]) => ({
    formId: formIdOf(form),
    formTitle: form ? titleOf(form) : undefined,
    fields: [...byId].slice(0, MAX_FIELDS).map(([fieldId, group], order) => describe(fieldId, group, order)),
  }));
}

function describe(fieldId: string, group: HTMLElement[], order: number): ChromeField {
  const el = group[0]!;
  const { label, labelSource, requiredMark } = labelOf(el, group);
  const described = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const targets = described.map((id) => document.getElementById(id));
  const errorLinked =
    el.hasAttribute('aria-errormessage') ||
    el.hasAttribute('aria-invalid') ||
    targets.some((t, i) => (t ? t.matches(ERROR_LIKE) : /err|invalid/i.test(described[i]!)));
  const near = el.parentElement?.closest('.form-group,.krds-form-group,td,dd,li');
  const hint = targets.some((t) => t && !t.matches(ERROR_LIKE)) || !!near?.querySelector(HINT_LIKE);
  return {
    fieldId,
    label,
    labelSource,
    required: group.some((f) => (f as HTMLInputElement).required || f.getAttribute('aria-required') === 'true'),
    requiredMark,
    fieldType: fieldTypeOf(el),
    inputMode: attr(el, 'inputmode'),
    autocomplete: attr(el, 'autocomplete'),
    hint,
    errorLinked,
    order,
  };
}

/**
 * A form's title: its accessible name, its one heading inside or the legend around its first field,
 * else the nearest heading before it (a form with several headings inside has sections, not a title;
 * on a page with a step indicator the heading inside is the step's, so the one before comes first).
 */
function titleOf(form: Element): string | undefined {
  const named = form.getAttribute('aria-labelledby')?.split(/\s+/)[0];
  const byName = named ? document.getElementById(named) : null;
  const aria = form.getAttribute('aria-label');
  if (aria && !isMasked(form)) return clip(aria, MAX_LABEL);
  // a multi-step application (a step indicator on the page): the heading inside names the step
  // ("4. 확인·제출"), the page's heading before the form names the application
  if (!byName && document.querySelector(STEP_INDICATOR)) {
    const before = precedingTitle(form);
    if (before) return before;
  }
  // one heading inside names the form; several are its sections (then the heading before it does)
  const headings = form.querySelectorAll(TITLE_LIKE);
  const own = headings.length === 1 ? headings[0]! : null;
  // a legend names the form only when its fieldset holds the form's first field, not a later group
  const legend = fieldsIn(form)[0]?.closest('fieldset')?.querySelector(':scope > legend');
  const inside = byName ?? own ?? (legend && form.contains(legend) ? legend : null);
  const text = inside ? safeText(inside, MAX_LABEL) : undefined;
  return text ?? precedingTitle(form);
}

function precedingTitle(form: Element): string | undefined {
  const all = [...document.querySelectorAll(TITLE_LIKE)];
  const before = all.filter((h) => h.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING);
  const heading = before.at(-1);
  return heading ? safeText(heading, MAX_LABEL) : undefined;
}
