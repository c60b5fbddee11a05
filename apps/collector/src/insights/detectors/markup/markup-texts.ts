import type { Insight, Localized, MarkupInsightKind } from '@minwon-ux/api-contract';

/** What a markup text may quote: the field as citizens see it, its top error message, the purpose. */
export interface TextInput {
  /** "전입신고 › 전입 예정일" */
  name: string;
  message: string;
  /** For missing autocomplete: the token to add (`name`, `tel`, `email`, `street-address`). */
  token: string;
}

const quote = (message: string, ko: boolean) =>
  message ? (ko ? ` 가장 많이 본 오류 메시지: "${message}".` : ` Most frequent error message: "${message}".`) : '';

/** Titles of the markup-aware kinds (ko/en), naming the field by its label. */
export function markupTitle(kind: MarkupInsightKind, name: string): Localized {
  const titles: Record<MarkupInsightKind, Localized> = {
    unlabelled_field: {
      ko: `화면 낭독기가 이름을 읽지 못하는 항목: ${name}`,
      en: `Field without a programmatic label: ${name}`,
    },
    unlinked_error_message: {
      ko: `오류 메시지가 항목에 연결되지 않음: ${name}`,
      en: `Error message not tied to its field: ${name}`,
    },
    numeric_keyboard_missing: {
      ko: `모바일에서 숫자 자판이 뜨지 않는 항목: ${name}`,
      en: `No numeric keypad on mobile: ${name}`,
    },
    free_text_date: { ko: `날짜를 글자로 입력받는 항목: ${name}`, en: `Date typed as free text: ${name}` },
    missing_autocomplete: {
      ko: `자동 완성이 꺼진 개인 정보 항목: ${name}`,
      en: `Personal-data field without autocomplete: ${name}`,
    },
    unmarked_required_field: {
      ko: `필수 표시가 없는 필수 항목: ${name}`,
      en: `Required field not marked as required: ${name}`,
    },
  };
  return titles[kind];
}

/** Recommendations of the markup-aware kinds, quoting the label and the most frequent error message. */
export function markupRecommendation(kind: MarkupInsightKind, t: TextInput): Insight['recommendation'] {
  const { name, message, token } = t;
  switch (kind) {
    case 'unlabelled_field':
      return {
        ko: `'${name}' 항목의 이름이 눈에만 보이고 프로그램으로 연결되어 있지 않아 화면 낭독기 사용자는 무엇을 입력할지 듣지 못합니다.${quote(message, true)} KRDS 입력 필드처럼 <label for="…">로 연결하거나 aria-labelledby를 지정하세요(KWCAG 2.2 / WCAG 1.3.1, 4.1.2). 플레이스홀더는 이름을 대신하지 못합니다.`,
        en: `'${name}' is named only visually, so screen-reader users do not hear what to enter.${quote(message, false)} Tie the visible label with <label for="…"> as the KRDS text input does, or aria-labelledby (KWCAG 2.2 / WCAG 1.3.1, 4.1.2). A placeholder is not a label.`,
        basis: ['KRDS text input (label)', 'WCAG 1.3.1', 'WCAG 4.1.2'],
      };
    case 'unlinked_error_message':
      return {
        ko: `'${name}' 항목의 오류 메시지가 항목에 연결되어 있지 않아 화면 낭독기 사용자는 오류가 났다는 사실도, 고칠 방법도 듣지 못합니다.${quote(message, true)} 오류가 나면 입력 요소에 aria-invalid="true"를 주고 메시지 요소를 aria-describedby(또는 aria-errormessage)로 연결하세요(KRDS 오류 상태 .form-hint-invalid, KWCAG 2.2 / WCAG 3.3.1, 4.1.3).`,
        en: `The error message of '${name}' is not tied to the field, so screen-reader users hear neither that it failed nor how to fix it.${quote(message, false)} On error set aria-invalid="true" on the input and reference the message with aria-describedby (or aria-errormessage) (KRDS error state .form-hint-invalid, KWCAG 2.2 / WCAG 3.3.1, 4.1.3).`,
        basis: ['KRDS error state', 'WCAG 3.3.1', 'WCAG 4.1.3'],
      };
    case 'numeric_keyboard_missing':
      return {
        ko: `'${name}' 항목은 숫자를 받지만 type="text"라서 휴대전화에서 글자 자판이 뜹니다. 모바일 이용자의 오류·머뭇거림이 PC보다 많습니다.${quote(message, true)} 전화번호는 type="tel", 그 밖의 숫자는 inputmode="numeric"을 지정하고, 하이픈·공백은 받아서 서버에서 정규화하세요(KRDS 입력 필드, KWCAG 2.2 / WCAG 1.3.5).`,
        en: `'${name}' takes digits but is type="text", so phones show a letter keyboard; mobile visitors fail or hesitate more than desktop ones.${quote(message, false)} Use type="tel" for phone numbers and inputmode="numeric" for other digits, and accept hyphens and spaces, normalising on the server (KRDS text input, KWCAG 2.2 / WCAG 1.3.5).`,
        basis: ['KRDS text input', 'WCAG 1.3.5'],
      };
    case 'free_text_date':
      return {
        ko: `'${name}' 항목은 날짜를 글자로 입력받아 형식 오류가 납니다.${quote(message, true)} KRDS 날짜 입력(달력 선택 + 연·월·일 입력)을 쓰거나 흔한 형식(2026-12-01, 2026.12.01, 20261201)을 모두 받아 정규화하고, 형식 예시를 라벨 옆 도움말로 보여 주세요(KWCAG 2.2 / WCAG 3.3.2, 3.3.3).`,
        en: `'${name}' takes a date as free text and fails on format.${quote(message, false)} Use the KRDS date input (calendar plus year/month/day) or accept the common formats (2026-12-01, 2026.12.01, 20261201) and normalise them, with a format example as hint text next to the label (KWCAG 2.2 / WCAG 3.3.2, 3.3.3).`,
        basis: ['KRDS date input', 'WCAG 3.3.2', 'WCAG 3.3.3'],
      };
    case 'missing_autocomplete':
      return {
        ko: `'${name}' 항목은 본인 정보를 받지만 autocomplete가 없어 브라우저가 저장된 정보를 채워 주지 못합니다.${quote(message, true)} autocomplete="${token}"을 지정하세요(KWCAG 2.2 / WCAG 1.3.5 입력 목적 식별).`,
        en: `'${name}' asks for the citizen's own data without autocomplete, so the browser cannot fill it in.${quote(message, false)} Add autocomplete="${token}" (KWCAG 2.2 / WCAG 1.3.5 identify input purpose).`,
        basis: ['WCAG 1.3.5', 'KRDS text input'],
      };
    case 'unmarked_required_field':
      return {
        ko: `'${name}' 항목은 비워 두면 오류가 나는 필수 항목인데 화면에 필수 표시가 없습니다.${quote(message, true)} 라벨 옆에 KRDS 필수 표시(*)와 "필수" 텍스트를 보이고 required(또는 aria-required="true")를 지정하세요(KWCAG 2.2 / WCAG 3.3.2).`,
        en: `'${name}' is required — leaving it empty fails — but nothing on screen says so.${quote(message, false)} Show the KRDS required mark (*) with "required" text next to the label and set required (or aria-required="true") (KWCAG 2.2 / WCAG 3.3.2).`,
        basis: ['KRDS required mark', 'WCAG 3.3.2'],
      };
  }
}

const COSTS: Record<MarkupInsightKind, Localized> = {
  unlabelled_field: {
    ko: '화면 낭독기 사용자가 무엇을 입력할지 모름',
    en: 'screen-reader users cannot tell what to enter',
  },
  unlinked_error_message: {
    ko: '오류를 듣지 못해 고칠 수 없음',
    en: 'the error is never heard, so it cannot be fixed',
  },
  numeric_keyboard_missing: { ko: '휴대전화에서 글자 자판으로 숫자를 입력', en: 'typing digits on a letter keyboard' },
  free_text_date: { ko: '날짜 형식을 맞히려고 다시 입력', en: 'retyping a date to guess its format' },
  missing_autocomplete: { ko: '본인 정보를 손으로 다시 입력', en: "typing one's own details by hand" },
  unmarked_required_field: { ko: '필수인 줄 모르고 비워 두었다가 오류', en: 'left empty, not knowing it was required' },
};

/**
 * What the impact of a markup-aware finding stands for (the severity formula's words): the cost of
 * the defect to a citizen it harms, and, where no harm was measured, that it weighs a tenth.
 *
 * @example
 * markupImpactMeaning('free_text_date', false).en; // 'retyping a date to guess its format (no harm measured yet: a tenth of the impact)'
 */
export function markupImpactMeaning(kind: MarkupInsightKind, harmMeasured: boolean): Localized {
  const cost = COSTS[kind];
  if (harmMeasured) return cost;
  return {
    ko: `${cost.ko} (아직 피해가 측정되지 않아 영향의 1/10)`,
    en: `${cost.en} (no harm measured yet: a tenth of the impact)`,
  };
}
