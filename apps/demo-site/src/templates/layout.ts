import { renderBreadcrumb } from './breadcrumb.ts';
import type { Crumb, PageContext } from './context.ts';
import { renderFooter } from './footer.ts';
import { renderHead } from './head.ts';
import { renderHeader } from './header.ts';
import { html, type SafeHtml } from './html.ts';

/** What a page puts into the shared layout. */
export interface LayoutParts {
  title: string;
  body: SafeHtml;
  crumbs?: readonly Crumb[];
  /** Side navigation, rendered left of the content. */
  side?: SafeHtml;
  /** Extra page scripts (paths), loaded with `defer`. */
  scripts?: readonly string[];
  /** Current search query, echoed in the header search box. */
  query?: string;
}

/**
 * The full HTML document: head, header with main menu, breadcrumbs, optional side navigation, footer.
 *
 * @example
 * c.html(renderLayout(ctx, { title: '홈', body: html`<p>…</p>` }).value);
 */
export function renderLayout(ctx: PageContext, parts: LayoutParts): SafeHtml {
  return html`<!doctype html>
<html lang="ko">
<head>
${renderHead(ctx, parts.title, parts.scripts)}
</head>
<body>
<div id="wrap">
<a href="#contents" class="skip-link">본문 바로가기</a>
${renderHeader(ctx, parts.query)}
<div id="container">
<div class="inner">
${parts.crumbs ? renderBreadcrumb(parts.crumbs) : ''}
<div class="${parts.side ? 'page-with-side' : 'page-single'}">
${parts.side ? html`<aside class="page-side">${parts.side}</aside>` : ''}
<main id="contents" class="page-main">
${parts.body}
</main>
</div>
</div>
</div>
${renderFooter()}
</div>
</body>
</html>`;
}
