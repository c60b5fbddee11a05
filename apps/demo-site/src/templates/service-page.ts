import { locateInMenu, type Service } from '../catalog.ts';
import type { Crumb, PageContext } from './context.ts';
import { html, type SafeHtml } from './html.ts';
import { renderLayout } from './layout.ts';
import { renderSideNav } from './side-nav.ts';

function moveInNotes(): SafeHtml {
  return html`<section class="service-notes" id="documents">
<h2 class="sec-tit">신청 전 확인하세요</h2>
<ul class="krds-info-list">
<li>이사한 날부터 14일 이내에 신고해야 합니다.</li>
<li>세대주 또는 세대원이 신고할 수 있으며, 위임받은 사람도 신고할 수 있습니다.</li>
<li>처리 결과는 휴대전화로 알려 드립니다.</li>
</ul>
</section>`;
}

/**
 * A service's information page: what it is, who handles it, fee, duration, and the apply button when
 * the service can be applied for online.
 *
 * @example
 * renderServicePage(ctx, findService('move-in')!);
 */
export function renderServicePage(ctx: PageContext, service: Service): SafeHtml {
  const place = locateInMenu(ctx.menu, `/services/${service.slug}`);
  const crumbs: Crumb[] = place
    ? [
        { label: place.section.label, href: `/category/${place.section.slug}` },
        { label: place.group.label },
        { label: service.title },
      ]
    : [{ label: service.title }];
  const body = html`<div class="page-title-wrap"><h1 class="h-tit">${service.title}</h1></div>
<p class="page-desc">${service.summary}</p>
<dl class="service-facts">
<dt>처리기관</dt><dd>${service.agency}</dd>
<dt>수수료</dt><dd>${service.fee}</dd>
<dt>처리기간</dt><dd>${service.duration}</dd>
</dl>
${service.slug === 'move-in' ? moveInNotes() : ''}
<div class="page-btn-wrap">
${
  service.applyPath
    ? html`<a href="${service.applyPath}" class="krds-btn large primary apply-start">신청하기</a>`
    : html`<p class="notice">이 민원은 현재 방문 신청만 가능합니다.</p><a href="/search" class="krds-btn large secondary">다른 민원 찾기</a>`
}
</div>`;
  return renderLayout(ctx, {
    title: service.title,
    body,
    crumbs,
    side: place ? renderSideNav(place.section, ctx.path) : undefined,
  });
}
