/** Containers whose links and buttons are menu items. */
export const MENU_ROOTS =
  '[data-ux-menu],nav,[role=navigation],[role=menubar],[role=menu],.krds-main-menu,.krds-side-navigation,.krds-breadcrumb-wrap';

/** The outermost menu container around `el` (a side nav's `menubar` inside its `nav` is one menu). */
export function menuRootOf(el: Element): Element | null {
  let root: Element | null = null;
  for (let node = el.closest(MENU_ROOTS); node; node = node.parentElement?.closest(MENU_ROOTS) ?? null) root = node;
  return root;
}

/** A menu's name: `data-ux-menu`, `aria-label`, a KRDS kind, else its id or `nav`. */
export function menuIdOf(root: Element): string {
  const named = root.getAttribute('data-ux-menu') || root.getAttribute('aria-label');
  if (named) return named;
  if (root.matches('.krds-main-menu')) return 'main';
  if (root.matches('.krds-side-navigation')) return 'side';
  if (isBreadcrumb(root)) return 'breadcrumb';
  return root.id || 'nav';
}

/** Breadcrumbs (KRDS labels them `현재 경로`): the trail is the items before the clicked one, not an ancestor chain. */
export const isBreadcrumb = (root: Element): boolean =>
  /breadcrumb|경로/i.test(`${root.className} ${root.id} ${root.getAttribute('aria-label') ?? ''}`);
