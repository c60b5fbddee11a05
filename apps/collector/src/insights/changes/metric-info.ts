import type { Direction } from '../statistics/verdict.ts';

/** Names and good directions of the before/after metrics; a scope's first metric here leads its verdict. */
export const METRIC_INFO: Record<string, { label: { ko: string; en: string }; direction: Direction }> = {
  completion_rate: { label: { ko: '신청 완료율', en: 'Completion rate' }, direction: 'higher_is_better' },
  error_rate: { label: { ko: '오류 경험 세션 비율', en: 'Sessions with an error' }, direction: 'lower_is_better' },
  abandon_rate: { label: { ko: '이 항목에서 포기한 비율', en: 'Gave up at this field' }, direction: 'lower_is_better' },
  quick_back_rate: { label: { ko: '빠른 되돌아가기 비율', en: 'Quick-back rate' }, direction: 'lower_is_better' },
  menu_quick_back_rate: {
    label: { ko: '메뉴 클릭 후 되돌아간 비율', en: 'Came back after the menu click' },
    direction: 'lower_is_better',
  },
  field_duration: {
    label: { ko: '입력 시작까지 망설인 시간(중앙값)', en: 'Hesitation (median)' },
    direction: 'lower_is_better',
  },
  form_duration: {
    label: { ko: '신청 완료까지 걸린 시간(중앙값)', en: 'Time to complete (median)' },
    direction: 'lower_is_better',
  },
  page_duration: {
    label: { ko: '페이지 이용 시간(중앙값)', en: 'Engaged time on page (median)' },
    direction: 'lower_is_better',
  },
};
