import type { Service } from '../catalog.ts';
import { html, type SafeHtml } from './html.ts';

/**
 * Services as a KRDS structured list (`ul.krds-structured-list`), used by categories and search.
 *
 * @example
 * renderServiceList(searchServices('전입'));
 */
export function renderServiceList(services: readonly Service[]): SafeHtml {
  return html`<ul class="krds-structured-list type-full">
${services.map(
  (service) => html`<li class="structured-item">
<div class="in">
<div class="card-top"><span class="krds-badge ${service.applyPath ? 'bg-light-primary' : 'bg-light-gray'}">${service.applyPath ? '온라인 신청' : '안내'}</span></div>
<div class="card-body">
<a href="/services/${service.slug}" class="c-text">
<p class="c-tit"><span class="span">${service.title}</span></p>
<p class="c-txt">${service.summary}</p>
<p class="c-date"><strong class="key">처리기관</strong> <span class="value">${service.agency}</span></p>
</a>
</div>
</div>
</li>
`,
)}</ul>`;
}
