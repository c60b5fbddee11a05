import type { AgencyScorecardResponse, ScorecardResponse } from '@minwon-ux/api-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRow } from '../ingest/event-row.ts';
import { insertEvents } from '../ingest/insert-events.ts';
import { buildComplaintSessions } from '../insights/fixtures/complaint-sessions.ts';
import { formChromeRows } from '../insights/fixtures/form-chrome-rows.ts';
import { startTestCollector, type TestCollector, type TestSession } from '../testing.ts';

let collector: TestCollector;
let session: TestSession;
const range = 'from=2026-11-02&to=2026-11-15';

/**
 * Week 1 (from 2026-11-02) has the built-in problems, week 2 the fixed site. A third of the sessions
 * come from returning visitors; half of the completed sessions answer the survey, 2 in week 1 and 5 in week 2.
 * The form is tagged with the service code MOIS-0001.
 */
function scorecardWeek(site: string, seed: number, startDay: string, problems: boolean): EventRow[] {
  const rows = buildComplaintSessions({ site, sessions: 200, seed, startDay, days: 7, problems });
  const sessions = [...new Set(rows.map((r) => r.session_id))];
  const returning = new Set(sessions.filter((_, i) => i % 3 === 0));
  const answered: EventRow[] = [];
  for (const row of rows) {
    if (returning.has(row.session_id)) row.returning = 1;
    if (row.kind === 'form_start') row.service_code = 'MOIS-0001'; // the form's data-ux-service
    if (row.kind === 'form_success' && answered.length % 2 === 0) {
      answered.push({ ...row, event_id: crypto.randomUUID(), kind: 'survey_answer', rating: problems ? 2 : 5 });
    } else if (row.kind === 'form_success') answered.push(row);
  }
  return [...rows, ...answered.filter((r) => r.kind === 'survey_answer')];
}

beforeAll(async () => {
  collector = await startTestCollector({
    sites: [
      { key: 'demo', name: '데모 민원', agency: 'mois', origins: ['https://demo.example.go.kr'], retentionDays: 3650 },
      { key: 'calm', name: '안정 민원', agency: 'mois', origins: ['https://calm.example.go.kr'], retentionDays: 3650 },
      { key: 'short', name: '단기 보관', agency: 'mois', origins: ['https://short.example.go.kr'], retentionDays: 7 },
    ],
  });
  const { store } = collector.runtime;
  await insertEvents(store, scorecardWeek('demo', 31, '2026-11-02', true));
  await insertEvents(store, scorecardWeek('demo', 32, '2026-11-09', false));
  await insertEvents(store, formChromeRows('demo', '2026-11-01', true)); // the form's title: 전입신고 (a day before the range: its session is no citizen's)
  await insertEvents(store, scorecardWeek('calm', 33, '2026-11-02', false));
  await insertEvents(store, scorecardWeek('calm', 34, '2026-11-09', false));
  session = await collector.login();
});
afterAll(() => collector.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  collector.app.request(path, { headers: { ...session.headers, ...headers } });

async function scorecard(query: string): Promise<ScorecardResponse> {
  const res = await get(`/api/sites/demo/scorecard?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as ScorecardResponse;
}

describe('GET /api/sites/:site/scorecard', () => {
  it('scores each week from the rollups, and the fix lifts 오류 방지 and the score', async () => {
    const card = await scorecard(`${range}&interval=week`);
    expect(card.formula.version).toBe('ux-scorecard/1');
    expect(card.periods.map((p) => [p.from, p.to])).toEqual([
      ['2026-11-02', '2026-11-08'],
      ['2026-11-09', '2026-11-15'],
    ]);
    const [before, after] = card.periods;
    expect(before!.sessions).toBe(200);
    expect(before!.indicators.starts).toBeGreaterThan(150);
    const ep = (p: typeof before) => p!.criteria.errorPrevention;
    expect(ep(before)!.value!).toBeGreaterThan(ep(after)!.value!);
    expect(ep(after)!.score!).toBeGreaterThan(ep(before)!.score! + 10);
    expect(after!.score!).toBeGreaterThan(before!.score!);
    expect(before!.criteria.satisfaction.value).toBe(2);
    expect(after!.criteria.satisfaction.value).toBe(5);
    expect(after!.criteria.memorability.score).not.toBeNull();
    expect(after!.criteria.learnability.value!).toBeGreaterThan(0);
    expect(before!.band).not.toBeNull();
  });

  it('lists the services (forms) and the whole range', async () => {
    const card = await scorecard(`${range}&interval=month`);
    expect(card.periods).toHaveLength(1);
    expect(card.total.sessions).toBe(400);
    expect(card.services.length).toBeGreaterThan(0);
    const [top] = card.services;
    expect(top!.sessions).toBe(card.total.indicators.starts);
    expect(top!.score).not.toBeNull();
    expect(top!.serviceCode).toBe('MOIS-0001');
    expect(top).toMatchObject({ formId: 'apply', title: '전입신고' }); // named as citizens see it
    const calm = await (await get(`/api/sites/calm/scorecard?${range}`)).json();
    expect((calm as ScorecardResponse).services[0]).toMatchObject({ formId: 'apply', title: null }); // no chrome reported
  });

  it('marks a period with too few sessions insufficient', async () => {
    const card = await scorecard('from=2026-11-16&to=2026-11-29&interval=week');
    expect(card.periods).toHaveLength(2);
    for (const p of card.periods) expect(p).toMatchObject({ sessions: 0, score: null, unscored: 'too_few_sessions' });
  });

  it('answers CSV on request', async () => {
    const res = await get(`/api/sites/demo/scorecard?${range}&interval=week`, { accept: 'text/csv' });
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toContain('level,from,to,form_id');
    expect(lines.filter((l) => l.startsWith('period,'))).toHaveLength(2);
    expect(lines.some((l) => l.startsWith('total,2026-11-02,2026-11-15'))).toBe(true);
    expect(lines.find((l) => l.startsWith('service,'))).toMatch(
      /^service,2026-11-02,2026-11-15,apply,MOIS-0001,.*,전입신고$/,
    );
    const csv = await get(`/api/sites/demo/scorecard?${range}&format=csv`);
    expect(await csv.text()).toContain('ux-scorecard/1');
  });

  it('defaults to the last 28 days in months without a range', async () => {
    const card = await scorecard('');
    const today = new Date().toISOString().slice(0, 10);
    expect(card).toMatchObject({ to: today, interval: 'month' });
    expect((Date.parse(card.to) - Date.parse(card.from)) / 86_400_000).toBe(27);
  });

  it('refuses bad parameters with a reason', async () => {
    const cases: [string, string, string][] = [
      ['demo', `${range}&interval=day`, 'invalid_interval'],
      ['demo', 'from=2026-11-15&to=2026-11-02&interval=week', 'invalid_range'],
      ['demo', 'from=2026-11&to=2026-11-02', 'invalid_query'],
      ['short', `${range}&interval=week`, 'range_beyond_retention'],
    ];
    for (const [site, query, code] of cases) {
      const res = await get(`/api/sites/${site}/scorecard?${query}`);
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    }
  });

  it('is behind login and scoped to the user’s sites', async () => {
    expect((await collector.app.request(`/api/sites/demo/scorecard?${range}`)).status).toBe(401);
    expect((await get(`/api/sites/nope/scorecard?${range}`)).status).toBe(404);
  });
});

describe('agency roll-up and targets', () => {
  it('ranks the agency’s sites by score', async () => {
    const res = await get(`/api/agencies/mois/scorecard?${range}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as AgencyScorecardResponse;
    expect(body.sites.map((s) => s.site)).toEqual(['calm', 'demo', 'short']);
    expect(body.sites.map((s) => s.rank)).toEqual([1, 2, null]);
    expect(body.sites[0]!.score!).toBeGreaterThan(body.sites[1]!.score!);
  });

  it('scores with the agency’s own targets once an admin sets them', async () => {
    const put = (body: unknown) =>
      collector.app.request('/api/agencies/mois/scorecard-targets', {
        method: 'PUT',
        headers: { ...session.headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await put({ minSessions: -1 })).status).toBe(400);
    const strict = { minSessions: 500 };
    expect((await put(strict)).status).toBe(200);
    const card = await scorecard(`${range}&interval=week`);
    expect(card.formula.targets.minSessions).toBe(500);
    expect(card.periods[0]).toMatchObject({ score: null, unscored: 'too_few_sessions' });
    expect((await put({})).status).toBe(200);
    expect((await scorecard(`${range}&interval=week`)).periods[0]!.score).not.toBeNull();
  });
});
