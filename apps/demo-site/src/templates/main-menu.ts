import type { MenuSection } from '../catalog.ts';
import { html, type SafeHtml } from './html.ts';

/**
 * The KRDS desktop main menu (`nav.krds-main-menu`): 1st depth `.gnb-main-trigger`, 2nd depth
 * `.gnb-sub-trigger`, 3rd depth links. KRDS's ui-script sets `aria-expanded` on the triggers.
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
<button type="button" class="gnb-main-trigger" data-trigger="gnb">${section.label}</button>
<div class="gnb-toggle-wrap">
<div class="gnb-main-list" data-has-submenu="true">
<ul>
${section.groups.map(
  (group) => html`<li>
<button type="button" class="gnb-sub-trigger" data-trigger="gnb">${group.label}</button>
<div class="gnb-sub-list">
<div class="gnb-sub-content">
<h2 class="sub-title">${group.label}
<a href="/category/${section.slug}" class="krds-btn link basic small"><span class="underline">바로가기</span><i class="svg-icon ico-angle right"></i></a>
</h2>
<ul>
${group.links.map((l) => html`<li><a href="${l.href}">${l.label}</a></li>\n`)}</ul>
</div>
</div>
</li>
`,
)}</ul>
</div>
</div>
</li>
`,
)}<li><a href="/search" class="gnb-main-trigger is-link" data-trigger="gnb">통합검색</a></li>
</ul>
</div>
</nav>`;
}
