import type { Insight } from '@minwon-ux/api-contract';
import type { Described } from './described.ts';
import { both, count, fact, num, percent, textFact } from './words.ts';

interface Detour {
  opened: string;
  clicked: string;
  sessions: number;
}

/** Menu hunting: which patterns, and the detours taken (branch opened → item finally clicked). */
export function describeMenuHunting(insight: Insight): Described {
  const m = insight.evidence.metrics;
  const users = num(m, 'menuSessions');
  const of = (n: number) => ({
    ko: `메뉴를 쓴 ${count(users)}개 세션 중 ${percent(n / Math.max(1, users))}`,
    en: `${percent(n / Math.max(1, users))} of the ${count(users)} sessions that used the menu`,
  });
  const patterns = [
    {
      key: 'wrongBranchOpened',
      label: { ko: '엉뚱한 메뉴 묶음을 열었다가 돌아감', en: 'Opened a wrong branch first' },
    },
    {
      key: 'menuBacktracked',
      label: { ko: '다른 메뉴를 눌렀다가 메뉴로 돌아옴', en: 'Clicked another item first, then came back to the menu' },
    },
    {
      key: 'menuClickThenQuickBack',
      label: { ko: '메뉴를 누르고 30초 안에 되돌아감', en: 'Clicked an item, came back within 30 s' },
    },
    {
      key: 'menuThenSearchWithin60s',
      label: { ko: '메뉴를 쓰다 60초 안에 검색함', en: 'Searched within 60 s of using the menu' },
    },
  ];
  const detours = ((insight.evidence.details as { detours?: Detour[] } | undefined)?.detours ?? []).filter(
    (d) => d.sessions > 0,
  );
  return {
    facts: [
      fact(
        'huntingSessions',
        insight.affectedSessions,
        'sessions',
        { ko: '메뉴에서 길을 헤맨 세션', en: 'Sessions that hunted' },
        {
          ...of(insight.affectedSessions),
          ko: `${of(insight.affectedSessions).ko} — 바른 경로의 깊이(열고, 열고, 누르기)는 헤맴으로 세지 않습니다`,
          en: `${of(insight.affectedSessions).en} — the depth of the right path (open, open, click) is not counted`,
        },
      ),
      ...patterns.map((p) => fact(p.key, num(m, p.key), 'sessions', p.label, of(num(m, p.key)))),
    ],
    comparison:
      detours.length > 0
        ? {
            title: {
              ko: '거쳐 간 경로: 먼저 연 메뉴 → 결국 누른 메뉴',
              en: 'Detours: branch opened → item finally clicked',
            },
            unit: 'sessions',
            bars: detours.map((d, i) => ({
              label: { ko: `${d.opened} → ${d.clicked}`, en: `${d.opened} → ${d.clicked}` },
              value: d.sessions,
              highlight: i === 0,
            })),
          }
        : {
            title: { ko: '헤맨 방식별 세션 (메뉴를 쓴 세션 대비)', en: 'Sessions by hunting pattern (of menu users)' },
            unit: 'sessions',
            bars: [
              { label: { ko: '메뉴를 쓴 세션', en: 'Used the menu' }, value: users },
              ...patterns.map((p) => ({ label: p.label, value: num(m, p.key), highlight: true })),
            ],
          },
  };
}

const trailOf = (insight: Insight) => [...(insight.target.menuTrail ?? []), insight.target.menuLabel ?? ''].join(' › ');

/** Misleading menu item: who clicked it and who came straight back. */
export function describeMisleadingMenuItem(insight: Insight): Described {
  const m = insight.evidence.metrics;
  const sessions = num(m, 'sessions');
  const back = num(m, 'quickBackSessions');
  return {
    facts: [
      fact(
        'quickBackSessions',
        back,
        'sessions',
        { ko: '누르고 곧바로 되돌아간 세션', en: 'Sessions that came straight back' },
        {
          ko: `'${trailOf(insight)}'을(를) 누른 ${count(sessions)}개 세션 중 ${percent(back / Math.max(1, sessions))}`,
          en: `${percent(back / Math.max(1, sessions))} of the ${count(sessions)} sessions that clicked '${trailOf(insight)}'`,
        },
      ),
      fact('clicks', num(m, 'clicks'), 'count', { ko: '메뉴 클릭 수', en: 'Clicks on the item' }),
      textFact(
        'targetPath',
        String(m.targetPath ?? ''),
        { ko: '이동한 페이지', en: 'Page it leads to' },
        both(String(m.targetPath ?? '')),
      ),
    ],
    comparison: {
      title: {
        ko: '이 메뉴를 누른 세션과 곧바로 되돌아간 세션',
        en: 'Sessions that clicked the item, and that came straight back',
      },
      unit: 'sessions',
      bars: [
        { label: { ko: '누름', en: 'Clicked' }, value: sessions },
        { label: { ko: '곧바로 되돌아감', en: 'Came straight back' }, value: back, highlight: true },
      ],
    },
  };
}

/** Unused menu item: its clicks against an average item of its group. */
export function describeUnusedMenuItem(insight: Insight): Described {
  const m = insight.evidence.metrics;
  const clicks = num(m, 'clicks');
  const group = num(m, 'groupClicks');
  const items = Math.max(1, num(m, 'groupItems'));
  return {
    facts: [
      fact(
        'clicks',
        clicks,
        'count',
        { ko: '이 메뉴의 클릭 수', en: 'Clicks on this item' },
        {
          ko: `같은 묶음의 ${count(items)}개 메뉴 클릭 ${count(group)}회 중 ${percent(clicks / Math.max(1, group))} (기준 2% 미만)`,
          en: `${percent(clicks / Math.max(1, group))} of the ${count(group)} clicks on the group’s ${count(items)} items (threshold under 2%)`,
        },
      ),
    ],
    comparison: {
      title: {
        ko: '클릭 수: 이 메뉴와 같은 묶음의 평균 메뉴',
        en: 'Clicks: this item and an average item of its group',
      },
      unit: 'count',
      bars: [
        { label: both(insight.target.menuLabel ?? ''), value: clicks, highlight: true },
        { label: { ko: '같은 묶음 평균', en: 'Group average' }, value: Math.round(group / items) },
      ],
    },
  };
}
