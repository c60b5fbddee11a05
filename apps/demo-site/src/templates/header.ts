import type { PageContext } from './context.ts';
import { html, type SafeHtml } from './html.ts';
import { renderMainMenu } from './main-menu.ts';

/**
 * The KRDS header: utility links, the portal logo, the site search and the main menu.
 *
 * @example
 * html`<body>${renderHeader(ctx)}</body>`;
 */
export function renderHeader(ctx: PageContext, query = ''): SafeHtml {
  return html`<header id="krds-header">
<div class="header-in">
<div class="header-container">
<div class="inner">
<div class="header-utility">
<ul class="utility-list">
<li><a href="/category/apply" class="krds-btn small text">민원 안내</a></li>
<li><a href="/search?q=%EC%A6%9D%EB%AA%85%EC%84%9C" class="krds-btn small text">증명서 발급</a></li>
<li><span class="krds-btn small text">고객센터 1588-2188</span></li>
</ul>
</div>
<div class="header-branding">
<h2 class="logo"><a href="/"><span class="portal-name">정부민원포털</span></a></h2>
<form class="header-search" name="site-search" role="search" action="/search" method="get">
<label for="header-q" class="sr-only">검색어</label>
<input type="search" id="header-q" name="q" class="krds-input" value="${query}" placeholder="어떤 민원을 찾으세요?">
<button type="submit" class="krds-btn medium primary">검색</button>
</form>
<div class="header-actions">
<a href="/" class="btn-navi login">로그인</a>
</div>
</div>
</div>
</div>
${renderMainMenu(ctx.menu)}
</div>
</header>`;
}
