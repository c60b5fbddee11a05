import { APPLICATION_STEPS } from './application/fields.ts';

/** Suffix of every document title. */
export const PORTAL_NAME = '정부민원포털';

/**
 * The document title of a page, as the site renders it and the SDK reports it.
 *
 * @example
 * documentTitle('홈'); // '홈 | 정부민원포털'
 */
export function documentTitle(title: string): string {
  return `${title} | ${PORTAL_NAME}`;
}

/**
 * The page title of an application step.
 *
 * @example
 * stepPageTitle(1); // '전입신고 신청 — 1단계 신청인 정보'
 */
export function stepPageTitle(step: number): string {
  return `전입신고 신청 — ${step}단계 ${APPLICATION_STEPS[step - 1] ?? ''}`;
}
