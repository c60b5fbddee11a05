import type { Ctx } from '../../core/context.ts';
import type { DomObserver } from '../../core/dom-observer.ts';
import { listen } from '../../core/listen.ts';
import { toPath } from '../../core/page-context.ts';
import { isIgnored } from '../../privacy/scope.ts';
import { describeItem } from './menu-item.ts';
import { menuIdOf, menuRootOf } from './menu-root.ts';

const ITEMS = 'a[href],button,[role=menuitem],[role=link]';

/**
 * `menu_click` for links and buttons inside menus (nav, ARIA menus, KRDS main/side navigation,
 * breadcrumbs) with label, parent trail, depth and destination; `menu_open` when a menu trigger's
 * `aria-expanded` becomes true (by click, hover or keyboard).
 */
export function captureMenus(ctx: Ctx, dom: DomObserver): void {
  const emitFor = (kind: 'menu_click' | 'menu_open', item: Element) => {
    const root = menuRootOf(item);
    if (!root || isIgnored(item)) return;
    const target = kind === 'menu_click' ? toPath(item.getAttribute('href')) : undefined;
    ctx.emit_({ kind, ...describeItem(item, root), menuId: menuIdOf(root), target });
  };
  listen(
    'click',
    (e) => {
      const item = (e.target as Element).closest?.(ITEMS);
      // a trigger that toggles a submenu reports menu_open through aria-expanded instead
      if (item && !item.hasAttribute('aria-expanded')) emitFor('menu_click', item);
    },
    document,
  );
  // A batch may hold several changes of one trigger: KRDS's ui-script sets "false" then "true" in
  // one go. The first record's oldValue is the state before the batch and the attribute is the state
  // after it, so each trigger is judged once per batch: menu_open only for collapsed → expanded.
  dom.subscribe_((records) => {
    const seen = new Set<Node>();
    for (const r of records) {
      const el = r.target as Element;
      if (r.attributeName !== 'aria-expanded' || seen.has(el)) continue;
      seen.add(el);
      if (r.oldValue !== 'true' && el.getAttribute('aria-expanded') === 'true') emitFor('menu_open', el);
    }
  });
}
