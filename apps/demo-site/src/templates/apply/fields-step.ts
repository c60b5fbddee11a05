import type { FieldSpec } from '../../application/field-spec.ts';
import type { FieldErrors } from '../../application/validate.ts';
import type { PageContext } from '../context.ts';
import { html, type SafeHtml } from '../html.ts';
import { renderApplyPage } from './apply-page.ts';
import { renderFormField } from './form-field.ts';

/** Input of a step made only of fields (steps 1 and 2). */
export interface FieldsStepInput {
  step: number;
  intro: string;
  specs: readonly FieldSpec[];
  values: Readonly<Record<string, string>>;
  errors?: FieldErrors;
}

/**
 * A step made only of KRDS form groups, filled with the values entered so far and, after a failed
 * submit, the server's errors.
 *
 * @example
 * renderFieldsStep(ctx, { step: 1, intro: '…', specs: applicantFields(fixes), values: {} });
 */
export function renderFieldsStep(ctx: PageContext, input: FieldsStepInput): SafeHtml {
  const errors = input.errors ?? {};
  const content = html`<p class="step-intro">${input.intro} <span class="required-mark" aria-hidden="true">*</span> 표시는 필수 항목입니다.</p>
${input.specs.map((spec) => renderFormField(spec, { value: input.values[spec.name], error: errors[spec.name] }))}`;
  return renderApplyPage(ctx, {
    step: input.step,
    content,
    errors,
    labels: Object.fromEntries(input.specs.map((s) => [s.name, s.label])),
  });
}
