import type { EventInput } from '../core/context.ts';
import { readJson, write } from '../core/storage.ts';
import { extractChrome, type FormChrome } from './extract.ts';

const SENT = 'mux:c';
/** How many (path, form, version) keys the browser remembers as reported. */
const REMEMBERED = 200;

/**
 * 32-bit FNV-1a of a string as 8 hex digits: the chrome's page version.
 *
 * @example
 * chromeHash('{"formId":"apply"}'); // '5b2c1f0e' (stable across browsers)
 */
export function chromeHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Emits `form_chrome` for every form on the page whose chrome this browser has not reported for this
 * path yet (the keys live in localStorage, so it is once per form and page version, not per view).
 *
 * @example
 * reportChrome(ctx.emit_, ctx.page_.path);
 */
export function reportChrome(
  emit: (event: EventInput) => void,
  path: string,
  forms: FormChrome[] = extractChrome(),
): void {
  const sent = readJson<string[]>('localStorage', SENT) ?? [];
  const fresh = forms.filter((form) => form.fields.length > 0);
  let changed = false;
  for (const form of fresh) {
    const hash = chromeHash(JSON.stringify(form));
    const key = chromeHash(`${path}|${form.formId}|${hash}`);
    if (sent.includes(key)) continue;
    sent.push(key);
    changed = true;
    emit({ kind: 'form_chrome', hash, ...form });
  }
  if (changed) write('localStorage', SENT, JSON.stringify(sent.slice(-REMEMBERED)));
}
