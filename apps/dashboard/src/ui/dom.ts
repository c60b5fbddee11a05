type Child = Node | string | number | null | undefined | false;

/**
 * Creates an element with attributes and children; strings become text nodes (never HTML).
 *
 * @example
 * h('label', { for: 'site' }, t('filters.site'));
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

/** Appends children, skipping empty ones. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** A visually hidden live region message, and the visible status line. */
export function statusLine(text: string, kind: 'info' | 'error' = 'info'): HTMLElement {
  return h('p', { class: `status status-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/**
 * A name as citizens see it, with the id it stands for as a tooltip (ids are secondary); the id itself
 * when there is no name.
 *
 * @example
 * named('전입신고', 'move-in'); // <span title="move-in">전입신고</span>
 */
export function named(name: string | null | undefined, id: string): Node | string {
  return !name || name === id ? id : h('span', { title: id }, name);
}
