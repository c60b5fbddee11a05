import { clip } from '../../core/limits.ts';
import { isMasked, stripQuoted } from '../../privacy/scope.ts';

/** What a click lands on: the nearest actionable ancestor, else the element itself. */
const ACTIONABLE =
  'a[href],button,input,select,textarea,label,summary,[role=button],[role=link],[role=tab],[role=menuitem],[role=checkbox],[role=radio],[role=switch],[onclick],[data-ux-key]';

/** `data-ux-*` attributes that are markup hints about privacy or state, never names. */
const NOT_NAMES = /^data-ux-(mask|ignore|error|success)$/;

/** An id a framework generated (`:r1:`, `ember1234`, UUIDs): not stable across page loads. */
const GENERATED_ID = /:|\d{4}|^[0-9-]/;

/** What the key is made of, read from the DOM by {@link keyParts}. */
export interface KeyParts {
  /** The first named `data-ux-*` hint as `name=value` (`key=apply`, `field=phone`). */
  ux?: string | undefined;
  id?: string | undefined;
  /** Form controls' `name` with their tag: `input[name=email]`. */
  name?: string | undefined;
  /** Role attribute or tag name, and the accessible name ('' when masked or not actionable). */
  role: string;
  label: string;
  /** Up to four `tag` or `tag:n` steps below the nearest stable id (`#main>ul>li:3>a`). */
  path: string;
}

/**
 * The stable element key from its parts: `@data-ux hint` > `#id` > `tag[name=…]` > `role:name` >
 * short structural path. Pure, so the same parts always give the same key.
 *
 * @example
 * keyFromParts({ id: 'apply', role: 'button', label: '신청', path: 'form>button' }); // '#apply'
 * keyFromParts({ role: 'button', label: '신청', path: 'form>button' }); // 'button:신청'
 */
export function keyFromParts(parts: KeyParts): string {
  const key = parts.ux
    ? `@${parts.ux}`
    : parts.id
      ? `#${parts.id}`
      : (parts.name ?? (parts.label ? `${parts.role}:${parts.label}` : parts.path));
  return clip(key, 256) || parts.role;
}

/**
 * The element a click on `target` counts for: the nearest link, button, form control or ARIA widget
 * around it, else the target itself.
 *
 * @example
 * clickTarget(spanInsideButton); // the button
 */
export function clickTarget(target: Element): Element {
  return target.closest(ACTIONABLE) ?? target;
}

/**
 * The visible label of an element the SDK may name it by: `aria-label`, `alt` or `title` (authored
 * names), the text of actionable elements, else a form control's `<label>` or placeholder — never the
 * text of other content, never a value, and nothing inside `data-ux-mask`. Quoted fragments and digit
 * runs are replaced as in messages; ≤ 60 characters.
 *
 * @example
 * accessibleName(button); // '민원 신청하기'
 */
export function accessibleName(el: Element): string {
  if (isMasked(el)) return '';
  const authored = el.getAttribute('aria-label') || el.getAttribute('alt') || el.getAttribute('title');
  // biome-ignore lint/performance/useDomNodeTextContent: the text a citizen sees on the control, not hidden templates
  const own = authored || (el.matches(ACTIONABLE) ? (el as HTMLElement).innerText : '');
  // a text box has no text of its own: citizens know it by its label (page chrome, not its value)
  const label = (el as HTMLInputElement).labels?.[0];
  // biome-ignore lint/performance/useDomNodeTextContent: the label as seen, without its hidden parts
  const labelText = label && !isMasked(label) ? label.innerText : '';
  const text = own.trim() || labelText || el.getAttribute('placeholder') || '';
  return stripQuoted(clip(text, 60));
}

/** Reads the key's parts from the DOM. */
export function keyParts(el: Element): KeyParts {
  // attribute text through getAttribute: the built chunks never read a `.value` (privacy test)
  const hint = el.getAttributeNames().find((n) => n.startsWith('data-ux-') && el.getAttribute(n) && !NOT_NAMES.test(n));
  const id = el.id && !GENERATED_ID.test(el.id) ? el.id : undefined;
  const tag = el.tagName.toLowerCase();
  const name = el.getAttribute('name');
  return {
    ux: hint && `${hint.slice(8)}=${el.getAttribute(hint)}`,
    id,
    name: name && /^(input|select|textarea|button)$/.test(tag) ? `${tag}[name=${name}]` : undefined,
    role: el.getAttribute('role') || tag,
    label: accessibleName(el),
    path: structuralPath(el),
  };
}

function structuralPath(el: Element): string {
  const steps: string[] = [];
  let node: Element | null = el;
  const body = el.ownerDocument.body; // the element's own document: also a replay's iframe
  for (let depth = 0; node && node !== body && depth < 4; depth++) {
    if (depth && node.id && !GENERATED_ID.test(node.id)) {
      steps.unshift(`#${node.id}`);
      break;
    }
    const tag = node.tagName.toLowerCase();
    const same = [...(node.parentElement?.children ?? [])].filter((c) => c.tagName === node?.tagName);
    steps.unshift(same.length > 1 ? `${tag}:${same.indexOf(node) + 1}` : tag);
    node = node.parentElement;
  }
  return steps.join('>');
}

/**
 * The stable key of the element a click on `target` counts for (see {@link keyFromParts}).
 *
 * @example
 * elementKey(document.querySelector('#apply')!); // '#apply'
 */
export function elementKey(el: Element): string {
  return keyFromParts(keyParts(el));
}

/**
 * The second click a browser sends when a `<label>` is clicked: to its control, at the label's point,
 * outside the control's own box. The label's click already counted; this one would count it twice.
 *
 * @example
 * if (isLabelEcho(e)) return;
 */
export function isLabelEcho(e: MouseEvent): boolean {
  const el = e.target as HTMLInputElement;
  if (!el.labels?.length) return false;
  const box = el.getBoundingClientRect();
  return e.clientX < box.left || e.clientX > box.right || e.clientY < box.top || e.clientY > box.bottom;
}
