import type { JourneyResponse } from '@minwon-ux/api-contract';
import { createRandom } from '@minwon-ux/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRow } from '../../ingest/event-row.ts';
import { insertEvents } from '../../ingest/insert-events.ts';
import { addEvent, type SessionCursor } from '../../insights/fixtures/event-factory.ts';
import { startTestCollector, type TestCollector, type TestSession } from '../../testing.ts';

// A session's journey over the real store: written as the ingest writes events, read back through
// GET /api/sites/:site/sessions/:id/journey, scoped to the caller's site.

let collector: TestCollector;
let session: TestSession;
const q = 'from=2026-11-03&to=2026-11-03';
const url = (site: string, id: string) => `/api/sites/${site}/sessions/${encodeURIComponent(id)}/journey?${q}`;

function citizen(site: string, id: string): EventRow[] {
  const rows: EventRow[] = [];
  const s: SessionCursor = {
    site,
    sessionId: id,
    visitorId: '7',
    device: 'mobile',
    t: Date.parse('2026-11-03T09:00:00Z'),
    seq: 0,
    random: createRandom(5),
  };
  addEvent(rows, s, 'page_view', { path: '/', page_title: '민원 포털' }, 0);
  addEvent(rows, s, 'menu_open', { menu_label: '민원서비스', menu_depth: 1 }, 2000);
  addEvent(rows, s, 'menu_click', {
    menu_label: '전입신고',
    menu_trail: ['민원서비스', '주민등록'],
    menu_depth: 3,
    target_path: '/apply/move-in',
  });
  addEvent(rows, s, 'page_dwell', { path: '/', engaged_ms: 6500, duration_ms: 7000 }, 100);
  const apply = { path: '/apply/move-in', form_id: 'move-in' };
  addEvent(rows, s, 'page_view', { path: apply.path, page_title: '전입신고' }, 300);
  addEvent(rows, s, 'step_view', { ...apply, step: 1, step_count: 2, props: { step_label: '신청인 정보' } });
  addEvent(rows, s, 'form_start', { ...apply, field_id: 'phone' });
  addEvent(rows, s, 'field_dwell', { ...apply, field_id: 'phone', duration_ms: 9000, hesitation_ms: 4000 }, 9000);
  const error = { ...apply, field_id: 'phone', error_kind: 'pattern_mismatch', error_source: 'constraint' };
  addEvent(rows, s, 'input_error', { ...error, error_message: '숫자만 입력하세요', attempt: 1 });
  addEvent(rows, s, 'form_submit', { ...apply, blocked: 1, attempt: 1 });
  addEvent(rows, s, 'input_error', { ...error, error_message: '숫자만 입력하세요', attempt: 2 }, 4000);
  addEvent(rows, s, 'form_abandon', { ...apply, field_id: 'phone' }, 5000);
  addEvent(rows, s, 'page_dwell', { ...apply, engaged_ms: 41_000, duration_ms: 45_000 }, 100);
  return rows;
}

beforeAll(async () => {
  collector = await startTestCollector({
    sites: [
      { key: 'demo', name: '데모', origins: ['https://a.example.go.kr'] },
      { key: 'other', name: '다른 곳', origins: ['https://b.example.go.kr'] },
    ],
  });
  await insertEvents(collector.runtime.store, [...citizen('demo', 's-1'), ...citizen('other', 's-2')]);
  await collector.runtime.store.client.insert({
    table: 'minwon_ux.replay_chunks',
    format: 'JSONEachRow',
    values: [
      {
        site_id: 'demo',
        session_id: 's-1',
        chunk: 0,
        received_at: '2026-11-03 09:00:01.000',
        ts: '2026-11-03 09:00:00.000',
        path: '/',
        event_count: 1,
        data: '[]',
      },
    ],
  });
  session = await collector.login();
});
afterAll(() => collector.close());

describe('GET /api/sites/:site/sessions/:id/journey', () => {
  it('tells the session as a timeline: pages with engaged time, menus, fields, errors, steps, submit, abandon', async () => {
    const res = await collector.app.request(url('demo', 's-1'), { headers: session.headers });
    expect(res.status).toBe(200);
    const journey = (await res.json()) as JourneyResponse;
    expect(journey).toMatchObject({ sessionId: 's-1', device: 'mobile', replay: true, truncated: false });
    expect(journey.entries.map((e) => e.kind)).toEqual([
      'page',
      'menu_open',
      'menu_click',
      'page',
      'step',
      'form_start',
      'field',
      'error',
      'form_submit',
      'error',
      'form_abandon',
    ]);
    const [home, , click, apply, step, , field, error, submit, again] = journey.entries;
    expect(home).toMatchObject({ atMs: 0, label: '민원 포털', durationMs: 6500 });
    expect(click).toMatchObject({ label: '전입신고', trail: ['민원서비스', '주민등록'], target: '/apply/move-in' });
    expect(apply).toMatchObject({ label: '전입신고', durationMs: 41_000 });
    expect(step).toMatchObject({ step: 1, label: '신청인 정보', form: { id: 'move-in' } });
    expect(field).toMatchObject({ field: { id: 'phone', label: 'phone' }, durationMs: 9000, hesitationMs: 4000 });
    expect(error).toMatchObject({ message: '숫자만 입력하세요', errorKind: 'pattern_mismatch', attempt: 1 });
    expect(submit).toMatchObject({ blocked: true });
    expect(again).toMatchObject({ attempt: 2 });
    expect(journey.durationMs).toBe(journey.entries.at(-1)!.atMs + 100);
  });

  it('is scoped to the site: another site’s session is not found there, nor an unknown one', async () => {
    for (const path of [url('demo', 's-2'), url('demo', 'nope')]) {
      const res = await collector.app.request(path, { headers: session.headers });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'session_not_found' } });
    }
    const other = await collector.app.request(url('other', 's-2'), { headers: session.headers });
    expect(((await other.json()) as JourneyResponse).replay).toBe(false);
  });

  it('needs a login', async () => {
    const res = await collector.app.request(url('demo', 's-1'));
    expect(res.status).toBe(401);
  });
});
