import type { FieldSpec } from '../../application/field-spec.ts';
import type { FieldErrors } from '../../application/validate.ts';
import type { PageContext } from '../context.ts';
import { attr, html, type SafeHtml } from '../html.ts';
import { renderApplyPage } from './apply-page.ts';

/** Input of the 첨부 step. */
export interface AttachStepInput {
  spec: FieldSpec;
  /** The household type chosen in step 2, which decides whether a document is needed. */
  householdType: string | undefined;
  attachmentName?: string;
  errors?: FieldErrors;
  fixed: boolean;
}

function instruction(input: AttachStepInput): SafeHtml {
  if (!input.fixed) {
    // The problem: no word on who needs what, and a "guide" that looks like a link but is not one.
    return html`<div class="attach-guide">
<p>관계 법령에 따른 구비서류를 첨부하여 주십시오.(해당자에 한함)</p>
<p><span class="attach-guide-link">구비서류 안내</span> · 파일 형식: pdf, jpg, png, hwp</p>
</div>`;
  }
  if (input.householdType === 'join')
    return html`<div class="attach-guide is-clear" data-attach-needed="yes">
<p><strong>세대주 확인서 1부를 첨부하세요.</strong> 기존 세대에 합가하는 경우 세대주의 서명이 있는 확인서가 필요합니다.</p>
<p><a href="/services/move-in#documents">세대주 확인서 서식 내려받기</a> · 파일 형식: pdf, jpg, png, hwp (10MB 이하)</p>
</div>`;
  return html`<div class="attach-guide is-clear" data-attach-needed="no">
<p><strong>첨부할 서류가 없습니다.</strong> 새 세대를 구성하는 경우 따로 낼 서류가 없으니 [다음]을 눌러 진행하세요.</p>
</div>`;
}

/**
 * Step 3, 첨부: a KRDS file upload (`.krds-file-upload`). Unfixed, the instruction is the vague legal
 * phrase that makes people stall; fixed, it says exactly what is needed for this citizen.
 *
 * @example
 * renderAttachStep(ctx, { spec, householdType: 'new', fixed: false });
 */
export function renderAttachStep(ctx: PageContext, input: AttachStepInput): SafeHtml {
  const { spec } = input;
  const error = input.errors?.[spec.name];
  const content = html`${instruction(input)}
<div class="form-group" data-field="${spec.name}">
<div class="form-tit"><label for="f-${spec.name}">${spec.label}</label></div>
<div class="form-conts${error ? ' is-error' : ''}">
<div class="krds-file-upload line">
<div class="file-upload">
<p class="txt">첨부할 파일을 여기에 끌어다 놓거나, 파일 선택 버튼을 눌러 파일을 직접 선택해주세요.</p>
<div class="file-upload-btn-wrap">
<input type="file" id="f-${spec.name}" name="${spec.name}"${attr('accept', spec.accept)}${attr('required', spec.required)}${attr('data-msg-required', spec.messages.required)} class="file-input" hidden>
<label for="f-${spec.name}"><button type="button" class="krds-btn medium"><i class="svg-icon ico-upload"></i>파일선택</button></label>
<span class="file-chosen" aria-live="polite"></span>
</div>
</div>
${input.attachmentName ? html`<div class="file-list"><ul class="upload-list"><li><div class="file-info"><div class="file-name">${input.attachmentName}</div></div></li></ul></div>` : ''}
</div>
</div>
${error ? html`<p class="form-hint-invalid" id="${spec.name}-error">${error}</p>\n` : ''}</div>`;
  return renderApplyPage(ctx, {
    step: 3,
    content,
    errors: input.errors,
    labels: { [spec.name]: spec.label },
    multipart: true,
  });
}
