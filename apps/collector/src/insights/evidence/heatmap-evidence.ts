import type { Insight } from '@minwon-ux/api-contract';
import type { Described } from './described.ts';
import { count, fact, num, percent } from './words.ts';

/** Looks clickable but is not: clicks on the element, and the share that did nothing. */
export function describeLooksClickable(insight: Insight): Described {
  const m = insight.evidence.metrics;
  const clicks = num(m, 'clicks');
  const dead = num(m, 'deadClicks');
  return {
    facts: [
      fact('deadSessions', num(m, 'deadSessions'), 'sessions', {
        ko: '눌러도 아무 일이 없던 세션',
        en: 'Sessions whose click did nothing',
      }),
      fact(
        'deadSharePct',
        num(m, 'deadSharePct') / 100,
        'share',
        { ko: '반응 없는 클릭의 비율', en: 'Share of clicks that did nothing' },
        {
          ko: `이 요소의 클릭 ${count(clicks)}회 중 ${count(dead)}회`,
          en: `${count(dead)} of the ${count(clicks)} clicks on the element`,
        },
      ),
    ],
    comparison: {
      title: {
        ko: '이 요소의 클릭: 전체와 반응 없던 클릭',
        en: 'Clicks on the element: all, and those that did nothing',
      },
      unit: 'count',
      bars: [
        { label: { ko: '전체 클릭', en: 'All clicks' }, value: clicks },
        { label: { ko: '반응 없음', en: 'Did nothing' }, value: dead, highlight: true },
      ],
    },
  };
}

/** Content below where most stop: how far down it sits, how few get there, how many of those use it. */
export function describeUnseenContent(insight: Insight): Described {
  const m = insight.evidence.metrics;
  const pageSessions = num(m, 'pageSessions');
  const reach = num(m, 'reachPct') / 100;
  return {
    facts: [
      fact('depthPct', num(m, 'depthPct') / 100, 'share', {
        ko: '페이지에서의 위치 (깊이)',
        en: 'Position on the page (depth)',
      }),
      fact(
        'reachPct',
        reach,
        'share',
        { ko: '그 깊이까지 스크롤한 세션', en: 'Sessions that scrolled that far' },
        {
          ko: `이 페이지를 본 ${count(pageSessions)}개 세션 중`,
          en: `of the ${count(pageSessions)} sessions on the page`,
        },
      ),
      fact(
        'useRatePct',
        num(m, 'useRatePct') / 100,
        'share',
        { ko: '그곳까지 온 세션 중 이 요소를 쓴 비율', en: 'Of those, the share that used it' },
        {
          ko: `${percent(reach)}만 보지만, 본 사람은 많이 씁니다`,
          en: `only ${percent(reach)} see it, but those who do use it`,
        },
      ),
    ],
    comparison: {
      title: {
        ko: '페이지를 본 세션, 그 깊이까지 온 세션, 이 요소를 쓴 세션',
        en: 'Sessions on the page, reaching the depth, using it',
      },
      unit: 'sessions',
      bars: [
        { label: { ko: '페이지를 봄', en: 'Visited the page' }, value: pageSessions },
        { label: { ko: '그 깊이까지 스크롤', en: 'Scrolled that far' }, value: Math.round(pageSessions * reach) },
        { label: { ko: '이 요소를 씀', en: 'Used it' }, value: num(m, 'clickSessions'), highlight: true },
      ],
    },
  };
}
