import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOnError } from '../http/on-error.ts';
import { seedProblemThenFixedWeeks } from '../insights/fixtures/complaint-sessions.ts';
import { createLogger } from '../logger.ts';
import { startTestCollector, type TestCollector, type TestSession } from '../testing.ts';
import { createApiRoutes } from './api-routes.ts';

let collector: TestCollector;
let session: TestSession;
const q = 'from=2026-11-02&to=2026-11-15';

beforeAll(async () => {
  collector = await startTestCollector({
    sites: [
      { key: 'demo', name: '데모 민원', origins: ['https://demo.example.go.kr'] },
      { key: 'other', name: 'Other', origins: ['https://other.example.go.kr'] },
    ],
  });
  const store = collector.runtime.store;
  // Week 1 has the built-in problems; week 2 the fixed site (phone accepts hyphens, …).
  await seedProblemThenFixedWeeks(store, { site: 'demo', sessions: 200, seed: 21 });
  await store.client.insert({
    table: 'minwon_ux.replay_chunks',
    values: [
      {
        site_id: 'demo',
        session_id: 'demo-21-s00003',
        chunk: 0,
        received_at: Date.UTC(2026, 10, 2, 9),
        ts: Date.UTC(2026, 10, 2, 9),
        path: '/',
        event_count: 2,
        data: JSON.stringify([
          { type: 4, timestamp: 1, data: { href: 'https://demo.example.go.kr/', width: 800, height: 600 } },
          { type: 3, timestamp: 2, data: {} },
        ]),
      },
    ],
    format: 'JSONEachRow',
  });
  session = await collector.login();
});
afterAll(() => collector.close());

const get = (path: string) => collector.app.request(path, { headers: session.headers });

describe('/api/sites/:site with a real login', () => {
  it('refuses without a session', async () => {
    expect((await collector.app.request(`/api/sites/demo/overview?${q}`)).status).toBe(401);
  });

  it('answers the overview from the rollups', async () => {
    const res = await get(`/api/sites/demo/overview?${q}`);
    expect(res.status).toBe(200);
    const { kpis } = (await res.json()) as { kpis: Record<string, number> };
    expect(kpis.sessions).toBe(400);
    expect(kpis.formStarters).toBe(400);
    expect(kpis.completionRate).toBeGreaterThan(0.6);
    expect(kpis.completionRate).toBeLessThan(0.9);
    expect(kpis.errorRate).toBeGreaterThan(0);
  });

  it('counts events per day and kind, filtered by device', async () => {
    const all = (await (await get(`/api/sites/demo/events-over-time?${q}`)).json()) as {
      rows: { day: string; events: number }[];
    };
    const mobile = (await (await get(`/api/sites/demo/events-over-time?${q}&device=mobile`)).json()) as typeof all;
    const total = (r: typeof all) => r.rows.reduce((s, x) => s + Number(x.events), 0);
    const [stored] = await collector.rows<{ n: number }>(
      "SELECT count() AS n FROM minwon_ux.events WHERE site_id = 'demo'",
    );
    expect(total(all)).toBe(Number(stored!.n));
    expect(total(mobile)).toBeGreaterThan(0);
    expect(total(mobile)).toBeLessThan(total(all));
    expect(new Set(all.rows.map((r) => r.day)).size).toBe(14);
  });

  it('ranks insights and details one with example sessions and replay links', async () => {
    const res = await get(`/api/sites/demo/insights?from=2026-11-02&to=2026-11-08`);
    const { insights } = (await res.json()) as { insights: { id: string; kind: string; severity: number }[] };
    expect(insights.length).toBeGreaterThanOrEqual(9);
    expect(insights.map((i) => i.severity)).toEqual([...insights.map((i) => i.severity)].sort((a, b) => b - a));
    const phone = insights.find((i) => i.kind === 'error_prone_field')!;
    const detail = await get(`/api/sites/demo/insights/${phone.id}?from=2026-11-02&to=2026-11-08`);
    expect(detail.status).toBe(200);
    const { insight } = (await detail.json()) as {
      insight: { exampleSessions: { sessionId: string; replay: boolean }[] };
    };
    expect(insight.exampleSessions.length).toBeGreaterThan(0);
    expect((await get(`/api/sites/demo/insights/nope~x?${q}`)).status).toBe(404);
  });

  it('serves menus, forms and pages', async () => {
    const menus = (await (await get(`/api/sites/demo/menus?${q}`)).json()) as { items: unknown[]; paths: unknown[] };
    expect(menus.items.length).toBeGreaterThan(2);
    expect(menus.paths.length).toBeGreaterThan(0);
    const forms = (await (await get(`/api/sites/demo/forms?${q}`)).json()) as {
      fields: { fieldId: string }[];
      errors: { message: string }[];
      steps: unknown[];
    };
    expect(forms.fields.map((f) => f.fieldId)).toContain('phone');
    expect(forms.errors[0]!.message).toBe('숫자만 입력하세요');
    expect(forms.steps).toHaveLength(5);
    const pages = (await (await get(`/api/sites/demo/pages?${q}`)).json()) as {
      pages: { path: string; quickBacks: number }[];
      distributions: { dwell: Record<string, number> };
    };
    expect(pages.pages.find((p) => p.path === '/certs')!.quickBacks).toBeGreaterThan(0);
    expect(Object.keys(pages.distributions.dwell).length).toBeGreaterThan(1);
  });

  it('lists replays and returns a session recording', async () => {
    const list = (await (await get(`/api/sites/demo/replays?${q}`)).json()) as { sessions: { sessionId: string }[] };
    expect(list.sessions.map((s) => s.sessionId)).toEqual(['demo-21-s00003']);
    const replay = (await (await get('/api/sites/demo/replays/demo-21-s00003')).json()) as { events: unknown[] };
    expect(replay.events).toHaveLength(2);
    expect((await get('/api/sites/demo/replays/demo-21-s99999')).status).toBe(404);
  });

  it('marks a change and compares before and after', async () => {
    const post = (body: unknown) =>
      collector.app.request('/api/sites/demo/changes', {
        method: 'POST',
        headers: { ...session.headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post({ changedOn: 'yesterday', scope: 'field', target: 'x' })).status).toBe(400);
    const created = await post({
      changedOn: '2026-11-09',
      scope: 'field',
      target: 'apply/phone',
      description: '하이픈 허용',
    });
    expect(created.status).toBe(201);
    const { change } = (await created.json()) as { change: { id: string } };
    const list = (await (await get('/api/sites/demo/changes')).json()) as { changes: { id: string }[] };
    expect(list.changes.map((c) => c.id)).toContain(change.id);
    const res = await get(`/api/sites/demo/changes/${change.id}/compare?days=7`);
    const { comparison } = (await res.json()) as {
      comparison: {
        verdict: string;
        metrics: { metric: string; verdict: string; pValue: number }[];
        summary: { ko: string };
      };
    };
    expect(comparison.metrics[0]!.metric).toBe('error_rate');
    expect(comparison.verdict).toBe('helped');
    expect(comparison.summary.ko).toContain('개선');
    expect(comparison.metrics.find((m) => m.metric === 'field_duration')).toBeDefined();
  });

  it('says "no significant change" when nothing changed', async () => {
    const res = await collector.app.request('/api/sites/demo/changes', {
      method: 'POST',
      headers: { ...session.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ changedOn: '2026-11-09', scope: 'field', target: 'apply/name' }),
    });
    const { change } = (await res.json()) as { change: { id: string } };
    const { comparison } = (await (await get(`/api/sites/demo/changes/${change.id}/compare?days=7`)).json()) as {
      comparison: { verdict: string };
    };
    expect(comparison.verdict).toBe('no_change');
  });

  it('rejects bad filters', async () => {
    expect((await get('/api/sites/demo/overview?from=2026-11-10&to=2026-11-01')).status).toBe(400);
    expect((await get('/api/sites/demo/overview?from=x&to=y')).status).toBe(400);
    expect((await get('/api/sites/demo/overview?to=2026-11-31')).status).toBe(400);
  });

  it('reads the 30 days up to today without from and to, and up to `to` without from', async () => {
    const recent = await get('/api/sites/demo/insights');
    expect(recent.status).toBe(200);
    const seeded = (await (await get('/api/sites/demo/overview?to=2026-11-20')).json()) as {
      kpis: { sessions: number };
    };
    expect(seeded.kpis.sessions).toBe(400); // both seeded weeks lie in the 30 days up to 2026-11-20
    const empty = (await (await get('/api/sites/demo/overview?to=2026-10-01')).json()) as {
      kpis: { sessions: number };
    };
    expect(empty.kpis.sessions).toBe(0);
  });
});

describe('site scope (test-only scope middleware)', () => {
  it('answers 404 for a site outside the scope, on every site route', async () => {
    const app = new Hono();
    app.onError(createOnError(createLogger('silent')));
    app.use('*', async (c, next) => {
      c.set('scope', { userId: 'u', role: 'designer', agencyId: 'a', siteKeys: new Set(['other']) });
      await next();
    });
    app.route('/api', createApiRoutes({ store: collector.runtime.store, sites: collector.runtime.sites }));
    for (const path of [
      'overview',
      'events-over-time',
      'insights',
      'insights/x',
      'menus',
      'forms',
      'pages',
      'changes',
      'replays',
      'replays/demo-21-s00003',
      'changes/x/compare',
    ]) {
      const res = await app.request(`/api/sites/demo/${path}?${q}`);
      expect(res.status, path).toBe(404);
    }
    const sites = (await (await app.request('/api/sites')).json()) as { sites: { key: string }[] };
    expect(sites.sites.map((s) => s.key)).toEqual(['other']);
  });
});
