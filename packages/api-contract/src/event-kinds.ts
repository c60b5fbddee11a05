import type { Localized } from './insights.ts';

/**
 * Every stored event kind (`events.kind`, the schema's EVENT_KINDS) as a service designer reads it,
 * for chart legends and tables; a kind missing here is a test failure, never a raw key on screen.
 *
 * @example
 * EVENT_KIND_LABELS.field_dwell.ko; // '항목 입력'
 */
export const EVENT_KIND_LABELS: Record<string, Localized> = {
  page_view: { ko: '페이지 열람', en: 'Page views' },
  page_dwell: { ko: '페이지 체류', en: 'Time on page' },
  menu_open: { ko: '메뉴 열기', en: 'Menu opened' },
  menu_click: { ko: '메뉴 선택', en: 'Menu item chosen' },
  site_search: { ko: '사이트 검색', en: 'Site search' },
  field_dwell: { ko: '항목 입력', en: 'Field filled in' },
  input_error: { ko: '입력 오류', en: 'Input error' },
  form_start: { ko: '신청 시작', en: 'Form started' },
  form_submit: { ko: '신청 제출', en: 'Form submitted' },
  form_success: { ko: '신청 완료', en: 'Form completed' },
  form_abandon: { ko: '신청 중단', en: 'Form abandoned' },
  step_view: { ko: '단계 이동', en: 'Step reached' },
  rage_click: { ko: '연달아 누름', en: 'Rage click' },
  dead_click: { ko: '반응 없는 클릭', en: 'Dead click' },
  quick_back: { ko: '곧바로 되돌아감', en: 'Quick back' },
  custom: { ko: '사이트 정의 이벤트', en: 'Custom event' },
  click: { ko: '클릭', en: 'Click' },
  form_chrome: { ko: '서식 화면 정보', en: 'Form page chrome' },
  survey_answer: { ko: '만족도 응답', en: 'Survey answer' },
};

/** Event kinds a chart shows one by one; the rest are summed as "other". */
export const EVENT_KINDS_SHOWN = 11;

/** "Other kinds" in a grouped legend. */
export const OTHER_EVENT_KINDS: Localized = { ko: '기타', en: 'Other kinds' };
