import type { PageContext } from './context.ts';
import { html, type SafeHtml } from './html.ts';
import { renderLayout } from './layout.ts';

/**
 * The 404 page.
 *
 * @example
 * c.html(renderNotFoundPage(ctx).value, 404);
 */
export function renderNotFoundPage(ctx: PageContext): SafeHtml {
  return renderLayout(ctx, {
    title: '페이지를 찾을 수 없습니다',
    body: html`<div class="page-title-wrap"><h1 class="h-tit">페이지를 찾을 수 없습니다</h1></div>
<p>주소가 바뀌었거나 없어진 페이지입니다. <a href="/">처음으로</a> 가거나 <a href="/search">통합검색</a>을 이용하세요.</p>`,
  });
}
