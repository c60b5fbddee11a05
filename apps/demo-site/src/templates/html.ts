/** Markup that is already safe: produced by `html` or deliberately marked with `raw`. */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** What a template slot may hold: text is escaped, SafeHtml is kept, lists are joined, nothing is dropped. */
export type Slot = string | number | SafeHtml | null | undefined | false | readonly Slot[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML content and attribute values.
 *
 * @example
 * escapeHtml('<b>"x"</b>'); // '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

function render(slot: Slot): string {
  if (slot === null || slot === undefined || slot === false) return '';
  if (slot instanceof SafeHtml) return slot.value;
  if (Array.isArray(slot)) return slot.map(render).join('');
  return escapeHtml(String(slot));
}

/**
 * Tagged template for markup: interpolated values are escaped unless they are SafeHtml.
 *
 * @example
 * html`<p class="c-tit">${title}</p>`.value;
 */
export function html(strings: TemplateStringsArray, ...slots: Slot[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < slots.length; i++) out += render(slots[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/**
 * Marks trusted markup (our own constants) as safe.
 *
 * @example
 * raw('<br>');
 */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * Renders an attribute only when the value is set; `true` gives a bare boolean attribute.
 *
 * @example
 * html`<input${attr('pattern', '[0-9]{8}')}${attr('required', true)}>`;
 */
export function attr(name: string, value: string | number | boolean | null | undefined): SafeHtml {
  if (value === false || value === null || value === undefined) return raw('');
  if (value === true) return raw(` ${name}`);
  return raw(` ${name}="${escapeHtml(String(value))}"`);
}
