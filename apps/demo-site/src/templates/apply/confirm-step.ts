import type { FieldSpec } from '../../application/field-spec.ts';
import type { FieldErrors } from '../../application/validate.ts';
import type { PageContext } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';
import { renderApplyPage } from './apply-page.ts';
import { renderFormField } from './form-field.ts';

/** One line of the summary: what was asked and what was answered. */
export interface SummaryRow {
  label: string;
  value: string;
}

/**
 * Step 4, 확인·제출: the answers in a KRDS table, the privacy consent, and the submit button.
 *
 * @example
 * renderConfirmStep(ctx, { rows: [{ label: '신청인 성명', value: '홍길동' }], consent, values: {} });
 */
export function renderConfirmStep(
  ctx: PageContext,
  input: {
    rows: readonly SummaryRow[];
    consent: FieldSpec;
    values: Readonly<Record<string, string>>;
    errors?: FieldErrors;
  },
): SafeHtml {
  const content = html`<p class="step-intro">입력한 내용을 확인하고 신청서를 제출하세요.</p>
<div class="krds-table-wrap">
<table class="tbl col data">
<caption class="sr-only">신청 내용 확인</caption>
<tbody>
${input.rows.map((row) => html`<tr><th scope="row">${row.label}</th><td data-ux-mask>${row.value || '—'}</td></tr>\n`)}</tbody>
</table>
</div>
${renderFormField(input.consent, { value: input.values[input.consent.name], error: input.errors?.[input.consent.name] })}`;
  return renderApplyPage(ctx, {
    step: 4,
    content,
    errors: input.errors,
    labels: { [input.consent.name]: '개인정보 수집·이용 동의' },
    submitLabel: '신청서 제출',
  });
}
