import type { Direction, Verdict } from '@minwon-ux/api-contract';

/** Whether a metric is better when it goes up (completion) or down (errors, abandons, time). */
export type { Direction, Verdict };

/**
 * A plain-words verdict from a test: significant at `alpha` and in the good direction = helped.
 *
 * @example
 * verdictOf('lower_is_better', -0.12, 0.003); // 'helped'
 */
export function verdictOf(direction: Direction, diff: number, pValue: number, alpha = 0.05): Verdict {
  if (!(pValue < alpha) || diff === 0) return 'no_change';
  const improved = direction === 'higher_is_better' ? diff > 0 : diff < 0;
  return improved ? 'helped' : 'worse';
}

export const VERDICT_TEXT: Record<Verdict, { ko: string; en: string }> = {
  helped: { ko: '개선되었습니다', en: 'The change helped' },
  worse: { ko: '나빠졌습니다', en: 'The change made it worse' },
  no_change: { ko: '유의한 변화가 없습니다', en: 'No significant change' },
};
