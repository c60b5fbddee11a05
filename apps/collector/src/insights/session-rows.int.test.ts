import { createRandom } from '@minwon-ux/testkit/random';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRow } from '../ingest/event-row.ts';
import { insertEvents } from '../ingest/insert-events.ts';
import { ROLLUP_FILTER } from '../store/query.ts';
import { startTestCollector, type TestCollector } from '../testing.ts';
import { buildComplaintSessions } from './fixtures/complaint-sessions.ts';
import { addEvent, type SessionCursor } from './fixtures/event-factory.ts';
import { SESSION_ROWS } from './session-rows.ts';

let collector: TestCollector;
const params = { site: 'split', from: '2026-11-02', to: '2026-11-08', device: '' };

/** Each session's facts with arrays sorted, so row order inside a merged array does not matter. */
const COMPARABLE = `session_id, toString(goal) AS goal, arraySort(menus) AS menus, click_back_level, menu_search_level,
  arraySort(clicks_all) AS clicks, arraySort(backs_all) AS backs, arraySort(dwells_all) AS dwells,
  arraySort(progress_all) AS progress, arraySort(form_paths_all) AS form_paths`;

/** What SESSION_ROWS stands for within a day: every row of a session grouped and merged. */
const GROUPED = `
  SELECT session_id, minMerge(goal_ts) AS goal, groupArrayArray(menu_ts) AS menus,
         windowFunnelMerge(30)(click_back) AS click_back_level, windowFunnelMerge(60)(menu_search) AS menu_search_level,
         groupArrayArray(clicks) AS clicks_all, groupArrayArray(backs) AS backs_all, groupArrayArray(dwells) AS dwells_all,
         groupArrayArray(progress) AS progress_all, groupUniqArrayArray(form_paths) AS form_paths_all
  FROM minwon_ux.session_facts WHERE ${ROLLUP_FILTER}
  GROUP BY session_id`;

beforeAll(async () => {
  collector = await startTestCollector({
    sites: [{ key: 'split', name: 'Split site', origins: ['https://a.example.go.kr'] }],
  });
  await collector.runtime.store.client.command({ query: 'SYSTEM STOP MERGES minwon_ux.session_facts' });
  const rows = buildComplaintSessions({
    site: 'split',
    sessions: 60,
    seed: 5,
    startDay: params.from,
    days: 7,
    problems: true,
  });
  // Odd sessions arrive in two inserts (every other event), so they have two partial rows each.
  const odd = (r: (typeof rows)[number]) => Number(r.session_id.slice(-1)) % 2 === 1;
  const split = rows.filter(odd);
  await insertEvents(collector.runtime.store, [...rows.filter((r) => !odd(r)), ...split.filter((_, i) => i % 2 === 0)]);
  await insertEvents(
    collector.runtime.store,
    split.filter((_, i) => i % 2 === 1),
  );
});
afterAll(() => collector.close());

describe('SESSION_ROWS', () => {
  it('gives one merged row per session and day, the same as grouping every row, with split and whole sessions', async () => {
    const [counted] = await collector.rows<{ n: number }>(
      `SELECT count() AS n FROM (SELECT session_id FROM minwon_ux.session_facts WHERE ${ROLLUP_FILTER}
       GROUP BY session_id HAVING count() > 1)`,
      params,
    );
    expect(Number(counted?.n)).toBe(30);
    const order = 'ORDER BY session_id';
    const actual = await collector.rows(`SELECT ${COMPARABLE} FROM (${SESSION_ROWS}) ${order}`, params);
    const expected = await collector.rows(`SELECT ${COMPARABLE} FROM (${GROUPED}) ${order}`, params);
    expect(actual).toHaveLength(60);
    expect(actual).toEqual(expected);
  });

  it('reads a session active on both sides of midnight as one session per day', async () => {
    const rows: EventRow[] = [];
    const s: SessionCursor = {
      site: 'split',
      sessionId: 'split-midnight',
      visitorId: '7',
      device: 'desktop',
      t: Date.UTC(2026, 10, 20, 23, 59, 0),
      seq: 0,
      random: createRandom(7),
    };
    addEvent(rows, s, 'menu_click', { path: '/', menu_label: '전입신고', menu_depth: 1, target_path: '/move' }, 0);
    addEvent(
      rows,
      s,
      'menu_click',
      { path: '/move', menu_label: '증명서 발급', menu_depth: 1, target_path: '/certs' },
      90_000,
    );
    await insertEvents(collector.runtime.store, rows);
    const night = { ...params, from: '2026-11-20', to: '2026-11-21' };
    const read = await collector.rows<{ session_id: string; clicks: number }>(
      `SELECT session_id, length(clicks_all) AS clicks FROM (${SESSION_ROWS}) ORDER BY session_id`,
      night,
    );
    expect(read.map((r) => Number(r.clicks))).toEqual([1, 1]);
    expect(read.every((r) => r.session_id === 'split-midnight')).toBe(true);
  });
});
