import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCollector, type TestCollector } from '../testing.ts';
import { batch, inputError, postInit, TEST_ORIGIN, TEST_SITE } from './test-batches.ts';

let collector: TestCollector;

beforeAll(async () => {
  collector = await startTestCollector({ sites: [TEST_SITE] });
});
afterAll(() => collector.close());

function post(body: string, headers: Record<string, string> = {}) {
  return collector.app.request('/v1/events', postInit(body, headers));
}

describe('POST /v1/events', () => {
  it('stores a valid batch, scrubbed, with the query string reduced to allow-listed parameters', async () => {
    const event = inputError();
    const res = await post(JSON.stringify(batch([event])));
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: 1, rejected: [] });
    expect(res.headers.get('access-control-allow-origin')).toBe(TEST_ORIGIN);
    await collector.runtime.ingest.writer.settle(); // acknowledged = on the spool; settle = in the store
    const rows = await collector.rows<Record<string, unknown>>(
      'SELECT kind, form_id, field_id, error_kind, error_source, error_message, attempt, path, browser, visitor_id FROM minwon_ux.events WHERE event_id = {id:UUID}',
      { id: event.id },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'input_error',
      form_id: 'apply',
      field_id: 'phone',
      error_kind: 'pattern_mismatch',
      error_source: 'constraint',
      attempt: 2,
      path: '/apply/step1?page=2',
      browser: 'Chrome',
    });
    expect(rows[0]!.error_message).not.toContain('hong@example.com');
    expect(String(rows[0]!.visitor_id)).not.toBe('0');
  });

  it('stores the columns an event does not fill as their empty values', async () => {
    const event = inputError();
    expect((await post(JSON.stringify(batch([event])))).status).toBe(202);
    await collector.runtime.ingest.writer.settle();
    const [row] = await collector.rows<Record<string, unknown>>(
      `SELECT menu_label, menu_trail, menu_depth, target_path, duration_ms, engaged_ms, scroll_pct, element, props,
         retention_days FROM minwon_ux.events WHERE event_id = {id:UUID}`,
      { id: event.id },
    );
    expect(row).toEqual({
      menu_label: '',
      menu_trail: [],
      menu_depth: 0,
      target_path: '',
      duration_ms: 0,
      engaged_ms: 0,
      scroll_pct: 0,
      element: '',
      props: {},
      retention_days: 365,
    });
  });

  it('accepts application/json too and keeps the valid events of a mixed batch', async () => {
    const good = inputError();
    const res = await post(JSON.stringify(batch([good, { ...inputError(), errorKind: 'not-a-kind' }])), {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(202);
    const body = (await res.json()) as { accepted: number; rejected: { index: number; code: string }[] };
    expect(body.accepted).toBe(1);
    expect(body.rejected).toEqual([expect.objectContaining({ index: 1, code: 'invalid_event' })]);
  });

  it.each([
    ['malformed JSON', () => post('{"v":1,'), 400, 'invalid_json'],
    ['an envelope that is not a batch', () => post(JSON.stringify({ hello: 'world' })), 400, 'invalid_batch'],
    ['an unknown site key', () => post(JSON.stringify(batch([inputError()], { site: 'nope' }))), 403, 'unknown_site'],
    [
      'a wrong origin',
      () => post(JSON.stringify(batch([inputError()])), { origin: 'https://evil.example' }),
      403,
      'origin_not_allowed',
    ],
    [
      'the null origin',
      () => post(JSON.stringify(batch([inputError()])), { origin: 'null' }),
      403,
      'origin_not_allowed',
    ],
    [
      'a wrong content type',
      () => post('x', { 'content-type': 'application/x-www-form-urlencoded' }),
      415,
      'unsupported_media_type',
    ],
  ])('refuses %s with a machine-readable 4xx that does not echo the input', async (_name, send, status, code) => {
    const res = await send();
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message).not.toContain('evil');
    expect(body.error.message).not.toContain('nope');
  });
});

describe('GET /healthz', () => {
  it('answers 200 when the store answers', async () => {
    const res = await collector.app.request('/healthz');
    expect(res.status).toBe(200);
  });
});
