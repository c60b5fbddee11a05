import type { Insight } from '@minwon-ux/api-contract';
import type { Described } from './described.ts';
import { count, fact, num, percent, seconds, times } from './words.ts';

/** Click hot spot: sessions with rage or dead clicks on the element, against the page's visitors. */
export function describeClickHotSpot(insight: Insight): Described {
  const m = insight.evidence.metrics;
  const rage = num(m, 'rageSessions');
  const dead = num(m, 'deadSessions');
  const of = (n: number) => ({
    ko: `이 페이지를 본 ${count(insight.population)}개 세션 중 ${percent(n / Math.max(1, insight.population))}`,
    en: `${percent(n / Math.max(1, insight.population))} of the ${count(insight.population)} sessions on the page`,
  });
  return {
    facts: [
      fact(
        'rageSessions',
        rage,
        'sessions',
        { ko: '여러 번 연달아 누른 세션', en: 'Sessions with rage clicks' },
        of(rage),
      ),
      fact(
        'deadSessions',
        dead,
        'sessions',
        { ko: '눌러도 반응이 없던 세션', en: 'Sessions with dead clicks' },
        of(dead),
      ),
      fact('clicks', num(m, 'clicks'), 'count', { ko: '이 요소의 클릭 수', en: 'Clicks on the element' }),
    ],
    comparison: {
      title: {
        ko: '이 요소에서 막힌 세션 (페이지 방문 세션 대비)',
        en: 'Sessions stuck on the element (of the page’s sessions)',
      },
      unit: 'sessions',
      bars: [
        { label: { ko: '페이지를 본 세션', en: 'Visited the page' }, value: insight.population },
        { label: { ko: '연달아 누름', en: 'Rage clicks' }, value: rage, highlight: true },
        { label: { ko: '반응 없음', en: 'Dead clicks' }, value: dead, highlight: true },
      ],
    },
  };
}

/** Long dwell: how long stalled sessions stayed, against the page's usual time. */
export function describeLongDwell(insight: Insight): Described {
  const m = insight.evidence.metrics;
  const stalled = num(m, 'stalledEngagedMedianMs');
  const usual = num(m, 'engagedMedianMs');
  return {
    facts: [
      fact(
        'stalledEngagedMedianMs',
        stalled,
        'ms',
        { ko: '멈춘 세션이 머문 시간 (중앙값)', en: 'Time stalled sessions stayed (median)' },
        {
          ko: `이 페이지의 보통 체류 ${seconds(usual).ko}의 ${times(stalled / Math.max(1, usual))}배 — 1분 넘게 머문 뒤 다음으로 가지 못함`,
          en: `${times(stalled / Math.max(1, usual))}× the page’s usual ${seconds(usual).en} — over a minute, then no next step`,
        },
      ),
      fact(
        'stalledSessions',
        insight.affectedSessions,
        'sessions',
        { ko: '머문 뒤 진행하지 못한 세션', en: 'Sessions that stalled' },
        {
          ko: `이 페이지에 머문 ${count(insight.population)}개 세션 중 ${percent(insight.share)}`,
          en: `${percent(insight.share)} of the ${count(insight.population)} sessions that stayed on the page`,
        },
      ),
    ],
    comparison: {
      title: {
        ko: '머문 시간: 멈춘 세션과 이 페이지의 보통 세션 (중앙값)',
        en: 'Time on the page: stalled sessions and usual ones (median)',
      },
      unit: 'ms',
      bars: [
        { label: { ko: '보통 세션', en: 'Usual sessions' }, value: usual },
        { label: { ko: '멈춘 세션', en: 'Stalled sessions' }, value: stalled, highlight: true },
      ],
    },
  };
}
