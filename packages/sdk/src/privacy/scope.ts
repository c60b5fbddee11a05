import { clip } from '../core/limits.ts';

/** Inside `data-ux-ignore`: capture nothing. */
export const isIgnored = (el: Element | null | undefined): boolean => !!el?.closest('[data-ux-ignore]');

/** Inside `data-ux-mask`: never capture text. */
export const isMasked = (el: Element | null | undefined): boolean => !!el?.closest('[data-ux-mask]');

/**
 * Text of an element the SDK may capture (labels, error messages): none inside `data-ux-mask`,
 * quoted fragments (where sites echo what was typed) replaced by `…`, clipped to the wire limit.
 *
 * @example
 * safeText(el); // '주민등록번호 형식이 올바르지 않습니다: …'
 */
export function safeText(el: Element | null | undefined, max?: number): string | undefined {
  if (!el || isMasked(el)) return undefined;
  // innerText on purpose: only the text a citizen can see, not hidden templates
  // biome-ignore lint/performance/useDomNodeTextContent: visible text is the point
  return stripQuoted(clip((el as HTMLElement).innerText ?? el.textContent, max)) || undefined;
}

/**
 * Replaces what a site may echo of typed input in a message: quoted fragments, emails, and digit
 * runs of 6+ (resident, phone, card, account numbers). The collector scrubs again; this keeps the
 * obvious cases from ever leaving the browser.
 */
export function stripQuoted(text: string): string {
  return text.replace(/'[^']*'|"[^"]*"|“[^”]*”|‘[^’]*’|「[^」]*」|『[^』]*』|[^\s@]+@[^\s@]+|\d[\d\s.-]{4,}\d/g, '…');
}
