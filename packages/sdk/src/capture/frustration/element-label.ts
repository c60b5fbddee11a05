import { clip } from '../../core/limits.ts';

/**
 * A short, privacy-safe description of a clicked element: tag, id and first classes, and the
 * `data-ux-*`/aria-label name when there is one — never its text content, which may be personal.
 *
 * @example
 * describeElement(button); // 'button#apply.krds-btn.primary'
 */
export function describeElement(el: Element): string {
  const name = el.getAttribute('aria-label') || el.getAttribute('data-ux-field');
  const classes = [...el.classList].slice(0, 3).map((c) => `.${c}`);
  return clip(
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes.join('')}${name ? `[${name}]` : ''}`,
    256,
  );
}
