import { findService } from '../catalog.ts';
import type { PageContext } from './context.ts';
import { html, type SafeHtml } from './html.ts';
import { renderLayout } from './layout.ts';

const POPULAR = ['resident-copy', 'family-cert', 'passport', 'license-renewal', 'basic-pension', 'bulky-waste'];

/**
 * The portal's front page: search, complaint categories (the menu's sections) and popular services.
 *
 * @example
 * renderHomePage(ctx).value.includes('민원 분야'); // true
 */
export function renderHomePage(ctx: PageContext): SafeHtml {
  const body = html`<section class="home-hero">
<h1 class="h-tit">필요한 민원, 한 곳에서 신청하세요</h1>
<p>증명서 발급부터 각종 신고까지, 정부민원포털에서 온라인으로 처리할 수 있습니다.</p>
</section>
<section class="home-categories" aria-labelledby="cat-title">
<h2 id="cat-title" class="sec-tit">민원 분야</h2>
<ul class="category-grid">
${ctx.menu.map(
  (section) =>
    html`<li class="category-card"><a href="/category/${section.slug}"><strong>${section.label}</strong><span>${section.description}</span></a></li>\n`,
)}</ul>
</section>
<section class="home-popular" aria-labelledby="pop-title">
<h2 id="pop-title" class="sec-tit">자주 찾는 민원</h2>
<ul class="popular-list">
${POPULAR.map((slug) => {
  const service = findService(slug);
  return service
    ? html`<li><a href="/services/${slug}" class="krds-btn medium tertiary">${service.title}</a></li>\n`
    : '';
})}</ul>
</section>`;
  return renderLayout(ctx, { title: '홈', body });
}
