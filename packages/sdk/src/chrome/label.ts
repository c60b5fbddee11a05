import type { LabelSource } from '@minwon-ux/schema';
import { clip } from '../core/limits.ts';
import { isMasked, safeText } from '../privacy/scope.ts';

/** Longest title or label sent (the wire's `maxLabelLength`). */
export const MAX_LABEL = 200;

/** Visible required marks: KRDS/eGov classes, or a `*` / "(필수)" in the label text. */
const MARK = '.required,.required-mark,.essential,.ico-required,.req,[class*=required],[class*=essential]';
const MARK_TEXT = /\*|\(필수\)|\[필수\]|필수 ?입력/;
/** Where KRDS and table-layout (eGovFrame) forms put a field's visible title. */
const GROUP = '.form-group,.krds-form-group,.form-item,.input-group,tr,dl,li';
const GROUP_TITLE = '.form-tit,.krds-form-tit,.tit,th,dt,label';
const FIELDS = 'input,select,textarea';

/** A field's label as a citizen sees it, how it is tied to the field, and whether it shows a required mark. */
export interface FieldLabel {
  label?: string;
  labelSource: LabelSource;
  requiredMark: boolean;
}

const byIds = (el: Element, attr: string): Element[] =>
  (el.getAttribute(attr) ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id))
    .filter((x): x is HTMLElement => !!x);

/** Visible text of elements without the required mark, clipped. */
function textOf(els: Element[]): string | undefined {
  const parts = els.map((el) => {
    if (isMasked(el)) return '';
    const copy = el.cloneNode(true) as HTMLElement;
    for (const mark of copy.querySelectorAll(`${MARK},input,select,textarea,[aria-hidden=true]`)) mark.remove();
    // a detached copy has no layout: innerText falls back to textContent, which is what we want here
    return safeText(copy, MAX_LABEL) ?? '';
  });
  const text = clip(parts.join(' ').replace(MARK_TEXT, ''), MAX_LABEL);
  return text || undefined;
}

const marked = (els: Element[]) =>
  els.some((el) => !!el.querySelector(MARK) || el.matches(MARK) || MARK_TEXT.test(el.textContent ?? ''));

/**
 * The visible title the eye ties to a field: the `th`/`dt` just before its cell (two-column tables of
 * eGovFrame sites), the KRDS `.form-tit` or first title of its group, else a short text element right
 * before the field; never an element containing the field.
 */
function groupTitle(field: HTMLElement): Element | undefined {
  const cell = field.parentElement?.closest('td,dd');
  const beside = cell?.previousElementSibling;
  if (beside?.matches('th,dt')) return beside;
  const group = field.parentElement?.closest(GROUP);
  // a label tied to a control (an option of a checkbox group, another field) is that control's name
  const title = [...(group?.querySelectorAll(GROUP_TITLE) ?? [])].find((t) => !(t as HTMLLabelElement).control);
  if (title && !title.contains(field)) return title;
  const before = field.previousElementSibling;
  return before?.matches('label,span,strong,b,p,div') &&
    !before.querySelector(FIELDS) &&
    (before.textContent ?? '').trim().length <= 60
    ? before
    : undefined;
}

/**
 * Resolves a field's visible label in the order assistive technology would, then what only the eye
 * sees: `aria-labelledby`, `aria-label`, `label[for]` or a wrapping label, `title`, then a group
 * title not tied to the field (KRDS `.form-tit` without `for`, a table `th`), the placeholder last.
 * Radio and checkbox groups are named by their `fieldset` legend or `role=radiogroup|group`.
 *
 * @example
 * labelOf(document.querySelector('#txtAplcntNm')); // { label: '신청인 성명', labelSource: 'for', requiredMark: true }
 */
export function labelOf(field: HTMLElement, group: HTMLElement[] = [field]): FieldLabel {
  const choice = group.length > 1 && /^(radio|checkbox)$/.test((field as HTMLInputElement).type);
  const owner = choice ? (field.closest('fieldset,[role=radiogroup],[role=group]') as HTMLElement | null) : field;
  const candidates: [LabelSource, Element[]][] = [];
  if (owner) {
    candidates.push(['labelledby', byIds(owner, 'aria-labelledby')]);
    const aria = owner.getAttribute('aria-label')?.trim();
    if (aria) return { label: clip(aria, MAX_LABEL), labelSource: 'aria', requiredMark: MARK_TEXT.test(aria) };
    if (owner.tagName === 'FIELDSET')
      candidates.push(['wrap', [...owner.children].filter((c) => c.tagName === 'LEGEND')]);
    else if (!choice) {
      const labels = [...((owner as HTMLInputElement).labels ?? [])];
      candidates.push([labels.some((l) => l.contains(owner)) ? 'wrap' : 'for', labels]);
    }
  }
  for (const [source, els] of candidates) {
    const label = textOf(els);
    if (label) return { label, labelSource: source, requiredMark: marked(els) || markedNear(field) };
  }
  const title = field.getAttribute('title')?.trim();
  if (title) return { label: clip(title, MAX_LABEL), labelSource: 'title', requiredMark: markedNear(field) };
  const visual = groupTitle(field);
  const visualLabel = visual && textOf([visual]);
  if (visualLabel) return { label: visualLabel, labelSource: 'visual', requiredMark: marked([visual]) };
  const placeholder = field.getAttribute('placeholder')?.trim();
  if (placeholder)
    return {
      label: clip(placeholder, MAX_LABEL),
      labelSource: 'placeholder',
      requiredMark: MARK_TEXT.test(placeholder),
    };
  return { labelSource: 'none', requiredMark: markedNear(field) };
}

/** A mark in the field's group title when the label itself has none (KRDS puts it beside the label). */
function markedNear(field: HTMLElement): boolean {
  const title = groupTitle(field);
  return !!title && marked([title]);
}
