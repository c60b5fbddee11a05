import { html, type SafeHtml } from './html.ts';

/**
 * The KRDS footer with the portal's (fictional) contact details.
 *
 * @example
 * html`${renderFooter()}`;
 */
export function renderFooter(): SafeHtml {
  return html`<footer id="krds-footer">
<div class="inner">
<div class="f-cnt">
<div class="f-info">
<p class="info-addr">(30112) 세종특별자치시 정부민원로 1 정부민원포털 운영센터 — 시연용 가상 사이트입니다</p>
<ul class="info-cs">
<li><strong class="strong">대표전화 1588-2188</strong><span class="span">(평일 09시~18시)</span></li>
</ul>
</div>
</div>
<div class="f-btm">
<div class="f-btm-text">
<div class="f-menu">
<a href="/" class="point">개인정보처리방침</a>
<a href="/">이용약관</a>
<a href="/">웹 접근성 정책</a>
</div>
<p class="f-copy">© 정부민원포털(시연용). minwon-ux demo site.</p>
</div>
</div>
</div>
</footer>`;
}
