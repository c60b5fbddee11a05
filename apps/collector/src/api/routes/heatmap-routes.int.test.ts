import type { HeatmapResponse, HeatmapTokenResponse } from '@minwon-ux/api-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHeatmapTokens } from '../../heatmap/heatmap-token.ts';
import { startTestCollector, type TestCollector, type TestSession } from '../../testing.ts';

// The heatmap API over the real embedded store: events inserted as the ingest writes them, read
// back through the rollups of migration 0060, and the overlay endpoint's token and origin checks.

const SECRET = 'heatmap-test-secret-0123456789abcdef';
const ORIGIN = 'https://demo.example.go.kr';
let collector: TestCollector;
let session: TestSession;
const q = 'from=2026-11-02&to=2026-11-08';
const day = (d: number, h = 9) => Date.UTC(2026, 10, d, h);

type Row = Record<string, unknown>;
const click = (session: string, key: string, sx: number, sy: number, extra: Row = {}): Row => ({
  kind: 'click',
  session_id: session,
  element_key: key,
  element_label: key === '#apply' ? '신청하기' : '',
  spot_x: sx,
  spot_y: sy,
  scroll_pct: 40,
  ...extra,
});

beforeAll(async () => {
  collector = await startTestCollector({
    sites: [
      { key: 'demo', name: '데모', origins: [ORIGIN] },
      { key: 'other', name: '다른 곳', origins: ['https://other.example.go.kr'] },
    ],
    env: { MINWON_HEATMAP_SECRET: SECRET },
  });
  const rows: Row[] = [
    click('s1', '#apply', 2, 3),
    click('s1', '#apply', 2, 3),
    click('s2', '#apply', 9, 9, { device: 'mobile' }),
    click('s2', 'div:안내', 0, 0),
    { kind: 'dead_click', session_id: 's2', element_key: 'div:안내', element: 'div.notice' },
    { kind: 'rage_click', session_id: 's1', element_key: '#apply', element: 'button#apply', count: 4 },
    click('s3', '#apply', 5, 5, { path: '/other' }),
    click('s4', '#apply', 5, 5, { ts: day(20) }),
    ...[10, 35, 55, 100].map((scroll_pct, i) => ({ kind: 'page_dwell', session_id: `s${i + 1}`, scroll_pct })),
  ];
  await collector.runtime.store.client.insert({
    table: 'minwon_ux.events',
    format: 'JSONEachRow',
    values: rows.map((r, i) => ({
      site_id: 'demo',
      event_id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      visitor_id: 1,
      ts: day(3),
      received_at: day(3),
      seq: i,
      path: '/apply',
      device: 'desktop',
      ...r,
    })),
  });
  session = await collector.login();
});
afterAll(() => collector.close());

const get = async (url: string) => collector.app.request(url, { headers: session.headers });

describe('GET /api/sites/:site/heatmap', () => {
  it('counts clicks, sessions, rage bursts and dead clicks per element, with the grid of spots', async () => {
    const res = await get(`/api/sites/demo/heatmap?path=/apply&${q}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as HeatmapResponse;
    expect(
      body.elements.map(({ key, label, clicks, sessions, rage, dead }) => ({
        key,
        label,
        clicks,
        sessions,
        rage,
        dead,
      })),
    ).toEqual([
      { key: '#apply', label: '신청하기', clicks: 3, sessions: 2, rage: 1, dead: 0 },
      { key: 'div:안내', label: '', clicks: 1, sessions: 1, rage: 0, dead: 1 },
    ]);
    expect(body.elements[0]?.spots).toEqual([
      { x: 0.25, y: 0.35, n: 2 },
      { x: 0.95, y: 0.95, n: 1 },
    ]);
    expect(body.elements[0]?.depthPct).toBe(40);
    expect(body.elements[1]?.deadSessions).toBe(1);
  });

  it('filters by device', async () => {
    const body = (await (
      await get(`/api/sites/demo/heatmap?path=/apply&${q}&device=mobile`)
    ).json()) as HeatmapResponse;
    expect(body.elements.map((e) => [e.key, e.clicks])).toEqual([['#apply', 1]]);
  });

  it('answers the share of page views reaching each 10 % of depth', async () => {
    const body = (await (await get(`/api/sites/demo/heatmap?path=/apply&${q}`)).json()) as HeatmapResponse;
    expect(body).toMatchObject({ scrollSessions: 4, scrollViews: 4 }); // reports without a page view id: one per session and day
    expect(body.scroll.map((s) => s.share)).toEqual([1, 1, 0.75, 0.75, 0.5, 0.5, 0.25, 0.25, 0.25, 0.25, 0.25]);
    expect(body.scroll.map((s) => s.depthPct)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });

  it('refuses bad parameters with 400 and other sites with 404', async () => {
    expect((await get(`/api/sites/demo/heatmap?${q}`)).status).toBe(400);
    expect((await get(`/api/sites/demo/heatmap?path=apply&${q}`)).status).toBe(400);
    expect((await get('/api/sites/demo/heatmap?path=/apply&from=2026-11-02&to=2026-11-31')).status).toBe(400);
    expect((await get('/api/sites/demo/heatmap?path=/apply&device=phone')).status).toBe(400);
    // without from and to: the 30 days up to today
    expect((await get('/api/sites/demo/heatmap?path=/apply')).status).toBe(200);
    expect((await get(`/api/sites/nope/heatmap?path=/apply&${q}`)).status).toBe(404);
    expect((await collector.app.request(`/api/sites/demo/heatmap?path=/apply&${q}`)).status).toBe(401);
  });
});

describe('overlay tokens and GET /v1/heatmap', () => {
  const mint = async (path = '/apply') => {
    const res = await collector.app.request(`/api/sites/demo/heatmap/token?path=${path}&${q}`, {
      method: 'POST',
      headers: session.headers,
    });
    expect(res.status).toBe(200);
    return (await res.json()) as HeatmapTokenResponse;
  };
  const overlay = (token: string, origin = ORIGIN) =>
    collector.app.request(`/v1/heatmap?token=${encodeURIComponent(token)}`, { headers: { origin } });

  it('mints a link to the live page that the site origin can read the map with', async () => {
    const { token, url, expiresAt } = await mint();
    expect(url).toBe(`${ORIGIN}/apply#minwon-heatmap=${token}`);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(14 * 60_000);
    const res = await overlay(token);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const body = (await res.json()) as HeatmapResponse;
    expect(body.elements[0]).toMatchObject({ key: '#apply', clicks: 3 });
  });

  it('refuses an expired, forged or foreign token, and other origins', async () => {
    const { token } = await mint();
    const expired = createHeatmapTokens(SECRET, () => Date.now() - 16 * 60_000).mint({
      site: 'demo',
      path: '/apply',
      from: '2026-11-02',
      to: '2026-11-08',
      device: '',
    }).token;
    const expiredRes = await overlay(expired);
    expect(expiredRes.status).toBe(401);
    expect(((await expiredRes.json()) as { error: { code: string } }).error.code).toBe('token_expired');
    expect(expiredRes.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const forged = createHeatmapTokens('another-secret').mint({
      site: 'demo',
      path: '/apply',
      from: '2026-11-02',
      to: '2026-11-08',
      device: '',
    });
    expect((await overlay(forged.token)).status).toBe(401);
    expect((await overlay(`${token}x`)).status).toBe(401);
    // a valid token of site demo, read from site other's origin
    expect((await overlay(token, 'https://other.example.go.kr')).status).toBe(403);
    const unknown = await overlay(token, 'https://evil.example.com');
    expect(unknown.status).toBe(403);
    expect(unknown.headers.get('access-control-allow-origin')).toBeNull();
  });
});
