import { clickTarget, elementKey } from '../capture/heatmap/element-key.ts';

/**
 * The page's elements by the key the SDK gives clicks on them (the first element per key): every
 * element that is its own click target, i.e. actionable or outside any actionable element.
 *
 * @example
 * findElements().get('#apply'); // the apply button
 */
export function findElements(root: Element = document.body): Map<string, Element> {
  const found = new Map<string, Element>();
  for (const el of root.querySelectorAll('*')) {
    if (el.closest('[data-minwon-overlay]') || clickTarget(el) !== el) continue;
    const key = elementKey(el);
    if (!found.has(key)) found.set(key, el);
  }
  return found;
}
