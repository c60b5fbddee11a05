import type { FixFlags } from '../problems.ts';
import { attachFields } from './fields.ts';
import { dateToUtcMs, parseDateInput } from './parse-date.ts';
import type { FieldErrors, Submission } from './validate.ts';

/**
 * Checks only the server can make, on top of the shared field checks: a move-in date in the future,
 * an address without a building number (not found in the address register), and the missing document
 * of someone joining an existing household.
 *
 * @example
 * serverChecks(2, { values: { moveInDate: '20991231', newAddress: '세종시' } }, fixes, {}, new Date());
 */
export function serverChecks(
  step: number,
  submission: Submission,
  fixes: FixFlags,
  draftValues: Readonly<Record<string, string>>,
  today: Date,
): FieldErrors {
  const errors: FieldErrors = {};
  const v = submission.values;
  if (step === 2) {
    const date = parseDateInput(v.moveInDate ?? '');
    if (date && dateToUtcMs(date) > today.getTime()) errors.moveInDate = '전입일자는 오늘보다 늦을 수 없습니다.';
    const address = (v.newAddress ?? '').trim();
    if (address && !/\d/.test(address))
      errors.newAddress = '주소를 찾을 수 없습니다. 건물번호까지 도로명주소로 입력해 주세요.';
  }
  if (step === 3 && draftValues.householdType === 'join') {
    const file = submission.files?.attachment;
    const spec = attachFields(fixes, 'join')[0]!;
    if (!file || file.size === 0) errors.attachment = spec.messages.required ?? '구비서류가 누락되었습니다.';
  }
  return errors;
}
