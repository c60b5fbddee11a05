import type { ErrorKind, ErrorSource } from '@minwon-ux/schema';
import { APPLICATION_FORM_ID } from '../application/fields.ts';
import type { Journey } from './journey.ts';

/** One error a field shows after a submit or a server re-render. */
export interface FieldError {
  fieldId: string;
  fieldType: string;
  errorKind: ErrorKind;
  errorSource: ErrorSource;
  message: string;
}

/**
 * Emits the `input_error` events of one submit or re-render, numbering attempts per field across the
 * session.
 *
 * @example
 * emitErrors(j, [{ fieldId: 'phone', fieldType: 'tel', errorKind: 'pattern_mismatch', errorSource: 'constraint', message: '입력 형식이 올바르지 않습니다.' }]);
 */
export function emitErrors(j: Journey, errors: readonly FieldError[]): void {
  for (const e of errors) {
    const attempt = (j.errorCounts.get(e.fieldId) ?? 0) + 1;
    j.errorCounts.set(e.fieldId, attempt);
    j.w.emit({ kind: 'input_error', formId: APPLICATION_FORM_ID, ...e, attempt });
  }
}
