import type { FieldErrors } from '../../application/validate.ts';
import { html, type SafeHtml } from '../html.ts';

/**
 * The box a server re-render shows above the form: how many fields failed, each linked to its field.
 *
 * @example
 * renderErrorSummary({ phone: '입력 형식이 올바르지 않습니다.' }, { phone: '휴대전화 번호' });
 */
export function renderErrorSummary(errors: FieldErrors, labels: Readonly<Record<string, string>>): SafeHtml {
  const names = Object.keys(errors);
  if (names.length === 0) return html``;
  return html`<div class="form-error-summary" tabindex="-1">
<p class="summary-tit"><strong>입력 내용을 확인해 주세요.</strong> ${names.length}개 항목에 문제가 있습니다.</p>
<ul>
${names.map((name) => html`<li><a href="#f-${name}">${labels[name] ?? name}</a>: ${errors[name]}</li>\n`)}</ul>
</div>`;
}
