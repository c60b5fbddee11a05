import type { MenuSection } from '../catalog.ts';
import { attr, html, type SafeHtml } from './html.ts';

/**
 * KRDS side navigation (`nav.krds-side-navigation`) for one menu section; the group holding the
 * current path is open and its link marked `aria-current`.
 *
 * @example
 * renderSideNav(sections[3], '/services/move-in');
 */
export function renderSideNav(section: MenuSection, currentPath: string): SafeHtml {
  return html`<nav class="krds-side-navigation" data-ux-menu="side" aria-label="${section.label} 메뉴">
<h2 class="lnb-tit">${section.label}</h2>
<ul class="lnb-list" role="menubar">
${section.groups.map((group, gi) => {
  const open = gi === 0 || group.links.some((l) => l.href === currentPath);
  return html`<li class="lnb-item${open ? ' active' : ''}" role="none">
<button type="button" class="lnb-btn lnb-toggle${open ? ' active' : ''}" role="menuitem" aria-expanded="${String(open)}">${group.label}</button>
<div class="lnb-submenu">
<ul role="menu">
${group.links.map((l) => {
  const current = l.href === currentPath;
  return html`<li class="lnb-subitem${current ? ' active' : ''}" role="none"><a href="${l.href}" class="lnb-btn lnb-link" role="menuitem"${attr('aria-current', current ? 'page' : undefined)}>${l.label}</a></li>\n`;
})}</ul>
</div>
</li>
`;
})}</ul>
</nav>`;
}
