import type { Crumb } from './context.ts';
import { html, type SafeHtml } from './html.ts';

/**
 * KRDS breadcrumbs (`nav.krds-breadcrumb-wrap`), home first; the last crumb is the current page.
 *
 * @example
 * renderBreadcrumb([{ label: '행정·안전', href: '/category/admin' }, { label: '전입신고' }]);
 */
export function renderBreadcrumb(crumbs: readonly Crumb[]): SafeHtml {
  return html`<nav class="krds-breadcrumb-wrap" data-ux-menu="breadcrumb" aria-label="현재 경로">
<ol class="breadcrumb">
<li class="home"><a href="/" class="txt">홈</a></li>
${crumbs.map((c) =>
  c.href
    ? html`<li><a href="${c.href}" class="txt">${c.label}</a></li>\n`
    : html`<li><span class="txt" aria-current="page">${c.label}</span></li>\n`,
)}</ol>
</nav>`;
}
