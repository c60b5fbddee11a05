import type { FieldSpec, FieldState } from '../../application/field-spec.ts';
import { attr, html, type SafeHtml } from '../html.ts';

function messageAttrs(spec: FieldSpec): SafeHtml {
  const m = spec.messages;
  return html`${attr('data-msg-required', m.required)}${attr('data-msg-pattern', m.pattern)}${attr('data-msg-type', m.type)}${attr('data-msg-date', m.date)}${attr('data-rule', spec.rule)}`;
}

function control(spec: FieldSpec, state: FieldState): SafeHtml {
  const id = `f-${spec.name}`;
  const describedBy = spec.hint ? `${spec.name}-hint` : undefined;
  const common = html`id="${id}" name="${spec.name}"${attr('required', spec.required)}${attr('aria-describedby', describedBy)}${messageAttrs(spec)}`;
  const value = state.value ?? '';
  switch (spec.kind) {
    case 'select':
      return html`<select ${common} class="krds-form-select">
${(spec.options ?? []).map((o) => html`<option value="${o.value}"${attr('selected', o.value === value)}>${o.label}</option>\n`)}</select>`;
    case 'radio':
      return html`<div class="krds-check-area" role="radiogroup" aria-labelledby="${spec.name}-label">
${(spec.options ?? []).map(
  (o, i) => html`<div class="krds-form-check">
<input type="radio" id="${id}-${i}" name="${spec.name}" value="${o.value}"${attr('checked', o.value === value)}${attr('required', spec.required)}${messageAttrs(spec)}>
<label for="${id}-${i}">${o.label}</label>
</div>
`,
)}</div>`;
    case 'checkbox':
      return html`<div class="krds-check-area"><div class="krds-form-check">
<input type="checkbox" ${common} value="yes"${attr('checked', value === 'yes')}>
<label for="${id}">${spec.label}</label>
</div></div>`;
    case 'textarea':
      return html`<div class="textarea-wrap"><textarea ${common} class="krds-input"${attr('maxlength', spec.maxLength)}>${value}</textarea></div>`;
    default:
      return html`<input type="${spec.kind}" ${common} class="krds-input" value="${value}"${attr('pattern', spec.pattern)}${attr('maxlength', spec.maxLength)}${attr('placeholder', spec.placeholder)}${attr('inputmode', spec.inputMode)}${attr('autocomplete', spec.autocomplete)}>`;
  }
}

/**
 * One KRDS form group (`.form-group` › `.form-tit` + `.form-conts` + hints). With an error, the group
 * shows the KRDS error state: `.form-conts.is-error` and `p.form-hint-invalid`.
 *
 * @example
 * renderFormField(spec, { value: '010-1234-5678', error: '입력 형식이 올바르지 않습니다.' });
 */
export function renderFormField(spec: FieldSpec, state: FieldState = {}): SafeHtml {
  const title =
    spec.kind === 'radio'
      ? html`<span id="${spec.name}-label">${spec.label}</span>`
      : spec.kind === 'checkbox'
        ? html`<span>필수 동의</span>`
        : html`<label for="f-${spec.name}">${spec.label}</label>`;
  return html`<div class="form-group" data-field="${spec.name}">
<div class="form-tit">${title}${spec.required ? html` <span class="required-mark" aria-hidden="true">*</span>` : ''}</div>
<div class="form-conts${state.error ? ' is-error' : ''}">
${control(spec, state)}
</div>
${spec.hint ? html`<p class="form-hint" id="${spec.name}-hint">${spec.hint}</p>\n` : ''}${state.error ? html`<p class="form-hint-invalid" id="${spec.name}-error">${state.error}</p>\n` : ''}</div>`;
}
