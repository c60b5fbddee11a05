import { APPLICATION_FORM_ID, APPLICATION_SERVICE_CODE, APPLICATION_STEPS } from '../../application/fields.ts';
import type { FieldErrors } from '../../application/validate.ts';
import { stepPageTitle } from '../../page-titles.ts';
import type { PageContext } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';
import { renderLayout } from '../layout.ts';
import { renderErrorSummary } from './error-summary.ts';
import { renderStepIndicator } from './step-indicator.ts';

/** What one step page puts into the shared application frame. */
export interface ApplyPageParts {
  step: number;
  /** The step's fields and texts, inside the form. */
  content: SafeHtml;
  errors?: FieldErrors;
  /** Field name → label, for the error summary. */
  labels?: Readonly<Record<string, string>>;
  multipart?: boolean;
  submitLabel?: string;
}

/**
 * The frame every application step shares: title, KRDS step indicator, error summary after a failed
 * server check, the form (`data-ux-form="move-in"`) and the previous/next buttons.
 *
 * @example
 * renderApplyPage(ctx, { step: 1, content: fields });
 */
export function renderApplyPage(ctx: PageContext, parts: ApplyPageParts): SafeHtml {
  const { step } = parts;
  const title = stepPageTitle(step);
  const body = html`<div class="page-title-wrap between">
<h1 class="h-tit">전입신고 신청</h1>
${renderStepIndicator(step)}
</div>
${renderErrorSummary(parts.errors ?? {}, parts.labels ?? {})}
<form id="move-in-form" class="apply-form" method="post" action="/apply/move-in/${step}" data-ux-form="${APPLICATION_FORM_ID}" data-ux-service="${APPLICATION_SERVICE_CODE}" data-apply-form novalidate${parts.multipart ? html` enctype="multipart/form-data"` : ''}>
<h2 class="sec-tit">${step}. ${APPLICATION_STEPS[step - 1] ?? ''}</h2>
<div class="fieldset">
${parts.content}
</div>
<div class="page-btn-wrap">
${step > 1 ? html`<a href="/apply/move-in/${step - 1}" class="krds-btn large secondary">이전</a>` : html`<a href="/services/move-in" class="krds-btn large secondary">취소</a>`}
<button type="submit" class="krds-btn large primary">${parts.submitLabel ?? '다음'}</button>
</div>
</form>`;
  return renderLayout(ctx, {
    title,
    body,
    crumbs: [{ label: '전입신고', href: '/services/move-in' }, { label: '신청' }],
    scripts: ['/assets/apply-form.js'],
  });
}
