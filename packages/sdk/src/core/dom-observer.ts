/** Attributes whose changes capture modules care about (error states, menus, visibility). */
const ATTRIBUTES = [
  'class',
  'style',
  'hidden',
  'aria-invalid',
  'aria-expanded',
  'aria-hidden',
  'data-ux-error',
  'data-ux-success',
];

/**
 * One MutationObserver for the whole SDK; subscribers get each batch of records and must stay cheap
 * (schedule work, do not scan inline).
 *
 * @example
 * const dom = createDomObserver(); dom.subscribe_((records) => lastChange = Date.now());
 */
export function createDomObserver() {
  const subscribers: ((records: MutationRecord[]) => void)[] = [];
  const observer = new MutationObserver((records) => {
    for (const fn of subscribers) fn(records);
  });
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    // attributeFilter implies attributes: true
    attributeFilter: ATTRIBUTES,
    attributeOldValue: true,
  });
  return {
    subscribe_(fn: (records: MutationRecord[]) => void): void {
      subscribers.push(fn);
    },
    /** Runs `fn` once `ms` after a change, coalescing the changes in between. */
    later_(ms: number, fn: () => void): void {
      let timer: ReturnType<typeof setTimeout> | undefined;
      subscribers.push(() => {
        if (timer !== undefined) return;
        timer = setTimeout(() => {
          timer = undefined;
          fn();
        }, ms);
      });
    },
  };
}
export type DomObserver = ReturnType<typeof createDomObserver>;

/** Whether an element is rendered and visible (display, visibility, opacity, hidden ancestors). */
export function isVisible(el: Element): boolean {
  return el.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) ?? el.getClientRects().length > 0;
}
