import type { Service } from '../catalog.ts';
import type { PageContext } from './context.ts';
import { html, type SafeHtml } from './html.ts';
import { renderLayout } from './layout.ts';
import { renderServiceList } from './service-list.ts';

const SUGGESTIONS = ['등본', '전입', '여권', '기초연금', '폐기물'];

/**
 * The search results page: the query form again, the count, the matching services, or suggestions.
 *
 * @example
 * renderSearchPage(ctx, '전입', searchServices('전입'));
 */
export function renderSearchPage(ctx: PageContext, query: string, results: readonly Service[]): SafeHtml {
  const body = html`<div class="page-title-wrap"><h1 class="h-tit">통합검색</h1></div>
<form class="search-page-form" name="site-search" role="search" action="/search" method="get">
<label for="search-q" class="sr-only">검색어</label>
<input type="search" id="search-q" name="q" class="krds-input" value="${query}" placeholder="민원 이름이나 낱말을 입력하세요">
<button type="submit" class="krds-btn medium primary">검색</button>
</form>
${
  query
    ? html`<p class="search-count">‘<strong>${query}</strong>’ 검색 결과 <strong>${results.length}</strong>건</p>
${results.length > 0 ? renderServiceList(results) : html`<p class="search-empty">검색 결과가 없습니다. 다른 낱말로 검색해 보세요.</p>`}`
    : ''
}
<section class="search-suggest"><h2 class="sec-tit">많이 찾는 검색어</h2>
<ul class="popular-list">${SUGGESTIONS.map((w) => html`<li><a href="/search?q=${encodeURIComponent(w)}" class="krds-btn small tertiary">${w}</a></li>`)}</ul>
</section>`;
  return renderLayout(ctx, {
    title: '통합검색',
    body,
    crumbs: [{ label: '통합검색' }],
    query,
  });
}
