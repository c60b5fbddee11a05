import { clip } from '../../core/limits.ts';

/**
 * A short, privacy-safe description of a clicked element: tag, id and first classes, and the
 * `data-ux-*`/aria-label name when there is one — never its text content, which may be personal.
 *
 * @example
 * describeElement(button); // 'button#apply.krds-btn.primary'
 */
export function describeElement(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const classes = Array.from(el.classList, (c) => `.${c}`)
    .slice(0, 3)
    .join('');
  const name = el.getAttribute('aria-label') || el.getAttribute('data-ux-field') || '';
  return clip(`${el.tagName.toLowerCase()}${id}${classes}${name ? `[${name}]` : ''}`, 256);
}
