import type { FieldSpec } from './field-spec.ts';
import { parseDateInput } from './parse-date.ts';

/** Field name → message, for the fields that failed. */
export type FieldErrors = Record<string, string>;

/** What the server received for one step: text values and, for file inputs, the uploaded file's size. */
export interface Submission {
  values: Readonly<Record<string, string>>;
  files?: Readonly<Record<string, { name: string; size: number }>>;
}

// The browser's definition of a valid e-mail address (HTML Living Standard).
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

function checkField(spec: FieldSpec, submission: Submission): string | undefined {
  const value = (submission.values[spec.name] ?? '').trim();
  const message = (key: keyof FieldSpec['messages'], fallback: string) => spec.messages[key] ?? fallback;
  if (spec.kind === 'file') {
    const file = submission.files?.[spec.name];
    if (spec.required && (!file || file.size === 0)) return message('required', '파일을 첨부해 주세요.');
    return undefined;
  }
  if (!value) return spec.required ? message('required', '필수 입력 항목입니다.') : undefined;
  if (spec.options && spec.kind !== 'checkbox' && !spec.options.some((o) => o.value === value && o.value !== ''))
    return message('required', '목록에서 선택해 주세요.');
  if (spec.pattern && !new RegExp(`^(?:${spec.pattern})$`, 'u').test(value))
    return message('pattern', '입력 형식이 올바르지 않습니다.');
  if (spec.maxLength !== undefined && [...value].length > spec.maxLength)
    return message('tooLong', `${spec.maxLength}자 이내로 입력해 주세요.`);
  if (spec.kind === 'email' && !EMAIL.test(value)) return message('type', '이메일 형식이 올바르지 않습니다.');
  if (spec.rule === 'date' && !parseDateInput(value)) return message('date', '날짜를 확인해 주세요.');
  return undefined;
}

/**
 * Runs the checks the page script runs (required, pattern, type, length, calendar date) on the server,
 * for browsers that skipped them.
 *
 * @example
 * validateFields(applicantFields(fixes), { values: { phone: '010-1234-5678' } }).phone; // '입력 형식이 올바르지 않습니다.'
 */
export function validateFields(specs: readonly FieldSpec[], submission: Submission): FieldErrors {
  const errors: FieldErrors = {};
  for (const spec of specs) {
    const error = checkField(spec, submission);
    if (error) errors[spec.name] = error;
  }
  return errors;
}
