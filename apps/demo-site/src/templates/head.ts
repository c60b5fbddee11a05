import { documentTitle } from '../page-titles.ts';
import type { PageContext } from './context.ts';
import { html, type SafeHtml } from './html.ts';

/**
 * The document head: KRDS styles served from the `krds-uiux` package, the site's own small stylesheet,
 * KRDS behaviour, and the minwon-ux SDK script tag.
 *
 * @example
 * html`<head>${renderHead(ctx, '전입신고')}</head>`;
 */
export function renderHead(ctx: PageContext, title: string, scripts: readonly string[] = []): SafeHtml {
  return html`<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${documentTitle(title)}</title>
<link rel="icon" href="/krds/img/component/favicon/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/krds/css/common/common.css">
<link rel="stylesheet" href="/krds/css/component/component.css">
<link rel="stylesheet" href="/assets/site.css">
<script src="/krds/js/component/ui-script.js" defer></script>
${scripts.map((src) => html`<script src="${src}" defer></script>\n`)}<script src="${ctx.collectorUrl}/sdk.js" data-site="${ctx.siteKey}"${ctx.replay > 0 ? html` data-replay="${String(ctx.replay)}"` : ''}${ctx.survey ? html` data-survey="1"` : ''} defer></script>`;
}
