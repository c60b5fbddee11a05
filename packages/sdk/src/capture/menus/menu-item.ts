import { clip } from '../../core/limits.ts';
import { safeText } from '../../privacy/scope.ts';
import { isBreadcrumb } from './menu-root.ts';

const TRIGGER = ':scope>a,:scope>button,:scope>[role=menuitem]';
const labelOf = (el: Element | null | undefined) => clip(safeText(el) ?? el?.getAttribute('aria-label'));

/**
 * Label, trail of parent labels (outermost first) and depth (1 = top level) of a menu item. A
 * parent level is labelled by its `li`'s own trigger (KRDS `.gnb-main-trigger`/`.gnb-sub-trigger`,
 * side-nav `.lnb-btn`, or the plain link/button of a nested list).
 *
 * @example
 * describeItem(link, root); // { label: '전입신고', trail: ['민원', '주민등록'], depth: 3 }
 */
export function describeItem(item: Element, root: Element): { label: string; trail: string[]; depth: number } {
  const label = labelOf(item) || 'item';
  const trail: string[] = [];
  const own = item.closest('li');
  if (isBreadcrumb(root)) {
    for (let li = own?.previousElementSibling; li; li = li.previousElementSibling) trail.unshift(labelOf(li));
  } else {
    for (let li = own?.parentElement?.closest('li'); li && root.contains(li); li = li.parentElement?.closest('li')) {
      const trigger = li.querySelector(TRIGGER);
      if (trigger && trigger !== item) trail.unshift(labelOf(trigger));
    }
  }
  const kept = trail.filter(Boolean).slice(-8);
  return { label, trail: kept, depth: Math.min(16, kept.length + 1) };
}
