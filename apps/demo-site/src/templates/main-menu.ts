import type { MenuSection } from '../catalog.ts';
import { html, type SafeHtml } from './html.ts';

/**
 * The KRDS desktop main menu (`nav.krds-main-menu`): 1st depth `.gnb-main-trigger`, 2nd depth
 * `.gnb-sub-trigger`, 3rd depth links; KRDS's ui-script opens and closes them and keeps
 * `aria-expanded` current.
 *
 * The open state of each section's first group is rendered here rather than left to KRDS's init
 * (which it does only for `data-has-submenu="true"`): its init flips `aria-expanded` to "true" at
 * page load, which analytics would take for a citizen opening a menu on every page view.
 *
 * @example
 * renderMainMenu(buildMainMenu(allFixes(false)));
 */
export function renderMainMenu(sections: readonly MenuSection[]): SafeHtml {
  return html`<nav class="krds-main-menu" data-ux-menu="main" aria-label="주 메뉴">
<div class="inner">
<ul class="gnb-menu">
${sections.map(
  (section) => html`<li>
<button type="button" class="gnb-main-trigger" data-trigger="gnb" aria-expanded="false" aria-haspopup="true">${section.label}</button>
<div class="gnb-toggle-wrap">
<div class="gnb-main-list" data-submenu>
<ul>
${section.groups.map((group, gi) => {
  const id = `gnb-${section.slug}-${gi + 1}`;
  return html`<li>
<button type="button" class="gnb-sub-trigger${gi === 0 ? ' active' : ''}" data-trigger="gnb" aria-expanded="${gi === 0 ? 'true' : 'false'}" aria-haspopup="true" aria-controls="${id}">${group.label}</button>
<div class="gnb-sub-list${gi === 0 ? ' active' : ''}" id="${id}">
<div class="gnb-sub-content">
<h2 class="sub-title">${group.label}
<a href="/category/${section.slug}" class="krds-btn link basic small"><span class="underline">바로가기</span><i class="svg-icon ico-angle right"></i></a>
</h2>
<ul>
${group.links.map((l) => html`<li><a href="${l.href}">${l.label}</a></li>\n`)}</ul>
</div>
</div>
</li>
`;
})}</ul>
</div>
</div>
</li>
`,
)}<li><a href="/search" class="gnb-main-trigger is-link" data-trigger="gnb">통합검색</a></li>
</ul>
</div>
</nav>`;
}
