import { APPLICATION_FORM_ID } from '../../application/fields.ts';
import type { PageContext } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';
import { renderLayout } from '../layout.ts';

/**
 * The receipt after a successful application, marked `data-ux-success` for the SDK.
 *
 * @example
 * renderReceiptPage(ctx, { receiptNumber: '2AA-2611-000123', receivedAt: new Date() });
 */
export function renderReceiptPage(ctx: PageContext, input: { receiptNumber: string; receivedAt: Date }): SafeHtml {
  const when = input.receivedAt.toISOString().slice(0, 16).replace('T', ' ');
  const body = html`<div class="receipt" data-ux-success data-ux-form="${APPLICATION_FORM_ID}">
<div class="page-title-wrap"><h1 class="h-tit">전입신고가 접수되었습니다</h1></div>
<div class="receipt-box">
<dl>
<dt>접수번호</dt><dd class="receipt-number">${input.receiptNumber}</dd>
<dt>접수일시</dt><dd>${when} (UTC)</dd>
<dt>처리기관</dt><dd>새 주소지 읍·면·동 행정복지센터</dd>
<dt>처리기간</dt><dd>1~2일</dd>
</dl>
</div>
<p>처리 결과는 입력하신 휴대전화로 알려 드립니다. 접수번호로 처리 상황을 조회할 수 있습니다.</p>
<div class="page-btn-wrap"><a href="/" class="krds-btn large primary">처음으로</a></div>
</div>`;
  return renderLayout(ctx, {
    title: '접수 완료',
    body,
    crumbs: [{ label: '전입신고', href: '/services/move-in' }, { label: '접수 완료' }],
  });
}
