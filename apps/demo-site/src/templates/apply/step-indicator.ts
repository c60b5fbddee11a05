import { APPLICATION_STEPS } from '../../application/fields.ts';
import { html, type SafeHtml } from '../html.ts';

/**
 * The KRDS step indicator (`ol.krds-step-wrap`): done steps, the active one (`li.active`), the rest.
 *
 * @example
 * renderStepIndicator(2); // 신청인 정보 done, 민원 내용 active
 */
export function renderStepIndicator(current: number): SafeHtml {
  return html`<ol class="krds-step-wrap">
${APPLICATION_STEPS.map((label, i) => {
  const step = i + 1;
  const state = step < current ? 'done' : step === current ? 'active' : '';
  return html`<li${state ? html` class="${state}"` : ''}>
<span>
${step === current ? html`<em class="sr-only">현재단계</em>\n` : ''}<i class="step">${step}단계</i>
<span class="step-tit">${label}</span>
</span>
</li>
`;
})}</ol>`;
}
