import type { MenuSection } from '../catalog.ts';
import { findService } from '../catalog.ts';
import type { PageContext } from './context.ts';
import { html, type SafeHtml } from './html.ts';
import { renderLayout } from './layout.ts';
import { renderServiceList } from './service-list.ts';
import { renderSideNav } from './side-nav.ts';

/**
 * A complaint category: the services of one menu section, grouped, with side navigation.
 *
 * @example
 * renderCategoryPage(ctx, ctx.menu[0]!);
 */
export function renderCategoryPage(ctx: PageContext, section: MenuSection): SafeHtml {
  const body = html`<div class="page-title-wrap"><h1 class="h-tit">${section.label}</h1></div>
<p class="page-desc">${section.description}</p>
${section.groups.map(
  (group) => html`<section class="category-group">
<h2 class="sec-tit">${group.label}</h2>
${renderServiceList(group.links.map((l) => findService(l.href.replace('/services/', ''))).filter((x) => x !== undefined))}
</section>
`,
)}`;
  return renderLayout(ctx, {
    title: section.label,
    body,
    crumbs: [{ label: section.label }],
    side: renderSideNav(section, ctx.path),
  });
}
