import type { FixFlags } from '../problems.ts';
import type { FieldSpec } from './field-spec.ts';

/** The application's id in markup (`data-ux-form`) and in analytics. */
export const APPLICATION_FORM_ID = 'move-in';

/** The national civil service the application implements (`data-ux-service`): joint use between agencies. */
export const APPLICATION_SERVICE_CODE = 'MOIS-MOVE-IN';

/** The four steps of the 전입신고 application, in order. */
export const APPLICATION_STEPS = ['신청인 정보', '민원 내용', '첨부', '확인·제출'] as const;

/** Phone patterns: the problem refuses hyphens, the fix accepts them. */
export const PHONE_PATTERNS = {
  problem: '01[016789][0-9]{7,8}',
  fixed: '01[016789][- ]?[0-9]{3,4}[- ]?[0-9]{4}',
} as const;

/** Date patterns: the problem wants exactly YYYYMMDD, the fix accepts the usual separators. */
export const DATE_PATTERNS = {
  problem: '[0-9]{8}',
  fixed: '[0-9]{4}[-./ ]?[0-9]{1,2}[-./ ]?[0-9]{1,2}',
} as const;

/**
 * Step 1, 신청인 정보.
 *
 * @example
 * applicantFields(allFixes(false)).find((f) => f.name === 'phone')?.pattern; // '01[016789][0-9]{7,8}'
 */
export function applicantFields(fixes: FixFlags): FieldSpec[] {
  const phoneFixed = fixes['phone-hyphen'];
  return [
    {
      name: 'applicantName',
      label: '신청인 성명',
      kind: 'text',
      required: true,
      maxLength: 20,
      autocomplete: 'name',
      hint: '주민등록상의 이름을 입력하세요.',
      messages: { required: '신청인 성명을 입력해 주세요.' },
    },
    phoneFixed
      ? {
          name: 'phone',
          label: '휴대전화 번호',
          kind: 'tel',
          required: true,
          pattern: PHONE_PATTERNS.fixed,
          maxLength: 13,
          inputMode: 'tel',
          autocomplete: 'tel',
          placeholder: '010-1234-5678',
          hint: '예: 010-1234-5678 (하이픈은 넣어도, 빼도 됩니다)',
          messages: {
            required: '처리 결과를 알려 드릴 휴대전화 번호를 입력해 주세요.',
            pattern: '휴대전화 번호를 010-1234-5678처럼 숫자로 입력해 주세요.',
          },
        }
      : {
          name: 'phone',
          label: '휴대전화 번호',
          kind: 'tel',
          required: true,
          pattern: PHONE_PATTERNS.problem,
          maxLength: 11,
          messages: { required: '필수 입력 항목입니다.', pattern: '입력 형식이 올바르지 않습니다.' },
        },
    {
      name: 'email',
      label: '이메일(선택)',
      kind: 'email',
      maxLength: 80,
      autocomplete: 'email',
      hint: '처리 결과를 이메일로도 받으려면 입력하세요.',
      messages: { type: '이메일 주소를 hong@example.kr 형식으로 입력해 주세요.' },
    },
    {
      name: 'relation',
      label: '신고인과의 관계',
      kind: 'select',
      required: true,
      options: [
        { value: '', label: '선택하세요' },
        { value: 'self', label: '본인' },
        { value: 'head', label: '세대주' },
        { value: 'member', label: '세대원' },
        { value: 'proxy', label: '위임받은 사람' },
      ],
      messages: { required: '신고인과의 관계를 선택해 주세요.' },
    },
  ];
}

/**
 * Step 2, 민원 내용.
 *
 * @example
 * contentFields(allFixes(true)).find((f) => f.name === 'moveInDate')?.hint; // '예: 2026.11.03 또는 20261103'
 */
export function contentFields(fixes: FixFlags): FieldSpec[] {
  const dateFixed = fixes['date-format'];
  return [
    dateFixed
      ? {
          name: 'moveInDate',
          label: '전입일자(이사한 날)',
          kind: 'text',
          required: true,
          pattern: DATE_PATTERNS.fixed,
          maxLength: 10,
          inputMode: 'numeric',
          placeholder: 'YYYY.MM.DD',
          hint: '예: 2026.11.03 또는 20261103',
          rule: 'date',
          messages: {
            required: '이사한 날짜를 입력해 주세요.',
            pattern: '전입일자를 2026.11.03처럼 연·월·일 순서로 입력해 주세요.',
            date: '달력에 있는 날짜인지 확인해 주세요. 예: 2026.11.03',
          },
        }
      : {
          name: 'moveInDate',
          label: '전입일자',
          kind: 'text',
          required: true,
          pattern: DATE_PATTERNS.problem,
          maxLength: 8,
          rule: 'date',
          messages: { required: '필수 입력 항목입니다.', pattern: '날짜 형식 오류', date: '날짜 형식 오류' },
        },
    {
      name: 'newAddress',
      label: '새 주소(도로명주소)',
      kind: 'text',
      required: true,
      maxLength: 100,
      autocomplete: 'street-address',
      hint: '예: 세종특별자치시 한누리대로 2130',
      messages: { required: '이사한 곳의 도로명주소를 입력해 주세요.' },
    },
    {
      name: 'addressDetail',
      label: '상세주소(선택)',
      kind: 'text',
      maxLength: 50,
      hint: '동·호수가 있으면 입력하세요.',
      messages: {},
    },
    {
      name: 'householdType',
      label: '세대 구성',
      kind: 'radio',
      required: true,
      options: [
        { value: 'new', label: '새 세대 구성(혼자 또는 가족 모두 이사)' },
        { value: 'join', label: '기존 세대에 합가(세대원으로 전입)' },
      ],
      messages: { required: '세대 구성을 선택해 주세요.' },
    },
    {
      name: 'memo',
      label: '기타 요청사항(선택)',
      kind: 'textarea',
      maxLength: 300,
      messages: { tooLong: '300자 이내로 입력해 주세요.' },
    },
  ];
}

/**
 * Step 3, 첨부. The file is required only for people joining an existing household, which the
 * unfixed page never says.
 *
 * @example
 * attachFields(allFixes(true), 'join')[0]?.required; // true
 */
export function attachFields(fixes: FixFlags, householdType: string | undefined): FieldSpec[] {
  const fixed = fixes['attach-step'];
  return [
    {
      name: 'attachment',
      label: fixed ? '세대주 확인서' : '구비서류',
      kind: 'file',
      required: fixed && householdType === 'join',
      accept: '.pdf,.jpg,.jpeg,.png,.hwp',
      messages: {
        required: fixed ? '기존 세대에 합가하는 경우 세대주 확인서를 첨부해야 합니다.' : '구비서류가 누락되었습니다.',
      },
    },
  ];
}

/**
 * Step 4, 확인·제출.
 *
 * @example
 * confirmFields()[0]?.name; // 'agreePrivacy'
 */
export function confirmFields(): FieldSpec[] {
  return [
    {
      name: 'agreePrivacy',
      label: '개인정보 수집·이용에 동의합니다.',
      kind: 'checkbox',
      required: true,
      messages: { required: '신청하려면 개인정보 수집·이용에 동의해 주세요.' },
    },
  ];
}
