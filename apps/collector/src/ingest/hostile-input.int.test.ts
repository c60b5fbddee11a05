import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createLogger } from '../logger.ts';
import { startTestCollector, type TestCollector } from '../testing.ts';
import { createIngestControls } from './ingest-controls.ts';
import { batch, inputError, postInit, TEST_ORIGIN, TEST_SITE } from './test-batches.ts';

let collector: TestCollector;
const MARKER = 'EVIL_MARKER_7f3a';

beforeAll(async () => {
  collector = await startTestCollector({ sites: [TEST_SITE], env: { RATE_CLIENT_RPS: '0', RATE_SITE_RPS: '0' } });
});
afterAll(() => collector.close());

const post = (body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) =>
  collector.app.request('/v1/events', postInit(body, headers));

/** A body streamed in chunks without Content-Length (Transfer-Encoding: chunked on the wire). */
function chunked(bytes: number): RequestInit {
  const piece = new Uint8Array(16 * 1024).fill(0x20);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      sent += piece.length;
      controller.enqueue(piece);
    },
  });
  return { ...postInit(''), body, duplex: 'half' } as RequestInit;
}

async function errorOf(res: Response) {
  const text = await res.text();
  expect(text).not.toContain(MARKER);
  return (JSON.parse(text) as { error: { code: string; message: string } }).error;
}

describe('hostile input gets a 4xx with a code, never an echo', () => {
  it.each([
    [
      'a chunked body over the limit',
      () => collector.app.request('/v1/events', chunked(600 * 1024)),
      413,
      'body_too_large',
    ],
    [
      'a gzip bomb (100 MB of zeros)',
      () => post(new Uint8Array(gzipSync(Buffer.alloc(100e6))), { 'content-encoding': 'gzip' }),
      413,
      'body_too_large',
    ],
    ['a body that is not gzip', () => post(`{"x":"${MARKER}"}`, { 'content-encoding': 'gzip' }), 400, 'invalid_gzip'],
    ['an unsupported encoding', () => post('{}', { 'content-encoding': 'br' }), 415, 'unsupported_encoding'],
    ['invalid UTF-8', () => post(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])), 400, 'invalid_encoding'],
    ['nesting 10 000 deep', () => post(`${'['.repeat(10_000)}${']'.repeat(10_000)}`), 400, 'nesting_too_deep'],
    [
      'an unknown envelope field',
      () => post(JSON.stringify({ ...batch([inputError()]), [MARKER]: 1 })),
      400,
      'invalid_batch',
    ],
    ['a __proto__ envelope key', () => post(`{"__proto__":{"polluted":"${MARKER}"},"v":1}`), 400, 'invalid_batch'],
    [
      'a wrong envelope type',
      () => post(JSON.stringify(batch('events' as unknown as unknown[]))),
      400,
      'invalid_batch',
    ],
    [
      'too many events',
      () => post(JSON.stringify(batch(Array.from({ length: 501 }, () => inputError())))),
      400,
      'invalid_batch',
    ],
    [
      'a site key that is markup',
      () => post(JSON.stringify(batch([inputError()], { site: `<${MARKER}>` }))),
      403,
      'unknown_site',
    ],
    [
      'multipart',
      () => post('x', { 'content-type': 'multipart/form-data; boundary=x' }),
      415,
      'unsupported_media_type',
    ],
    ['no valid event', () => post(JSON.stringify(batch([{ kind: MARKER }]))), 400, 'no_valid_events'],
  ])('%s', async (_name, send, status, code) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect((await errorOf(res)).code).toBe(code);
  });

  it('accepts gzip bodies', async () => {
    const event = inputError();
    const res = await post(new Uint8Array(gzipSync(JSON.stringify(batch([event])))), { 'content-encoding': 'gzip' });
    expect(res.status).toBe(202);
  });

  it('keeps valid events beside invalid ones and says which were refused, without echoing them', async () => {
    const good = inputError();
    const events = [
      { ...inputError(), [MARKER]: 'x' },
      good,
      { ...inputError(), attempt: 'two' },
      { ...inputError(), kind: 'custom', name: 'n', props: { [MARKER]: { nested: true } } },
    ];
    const res = await post(JSON.stringify(batch(events)));
    expect(res.status).toBe(202);
    const text = await res.text();
    expect(text).not.toContain(MARKER);
    const body = JSON.parse(text) as { accepted: number; rejected: { index: number; code: string; reason: string }[] };
    expect(body.accepted).toBe(1);
    expect(body.rejected.map((r) => [r.index, r.code])).toEqual([
      [0, 'invalid_event'],
      [2, 'invalid_event'],
      [3, 'invalid_event'],
    ]);
    expect(body.rejected[1]!.reason).toBe('attempt: expected number');
  });

  it('replaces lone surrogates with U+FFFD and stores the event', async () => {
    const event = inputError({ message: 'x' });
    const res = await post(JSON.stringify(batch([event])).replace('"message":"x"', '"message":"a\\ud800b"'));
    expect(res.status).toBe(202);
    await collector.runtime.ingest.writer.settle();
    const [row] = await collector.rows<{ error_message: string }>(
      'SELECT error_message FROM minwon_ux.events WHERE event_id = {id:UUID}',
      { id: event.id },
    );
    expect(row?.error_message).toBe('a\uFFFDb');
  });

  it('never lets __proto__ or constructor keys reach a prototype or the props map', async () => {
    const event = { ...inputError(), kind: 'custom', name: 'clicked', props: { ok: '1' } } as Record<string, unknown>;
    delete event.formId;
    for (const k of ['fieldId', 'fieldType', 'errorKind', 'errorSource', 'message', 'attempt']) delete event[k];
    const text = JSON.stringify(batch([event])).replace('"ok":"1"', '"ok":"1","__proto__":"p","constructor":"c"');
    const res = await post(text);
    expect(res.status).toBe(202);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await collector.runtime.ingest.writer.settle();
    const [row] = await collector.rows<{ props: Record<string, string> }>(
      'SELECT props FROM minwon_ux.events WHERE event_id = {id:UUID}',
      { id: event.id as string },
    );
    expect(row?.props).toEqual({ name: 'clicked', ok: '1' });
  });

  it('counts a retried batch once: repeated event ids are reported as duplicates', async () => {
    const body = JSON.stringify(batch([inputError(), inputError()]));
    expect((await post(body)).status).toBe(202);
    const retry = await post(body);
    expect(retry.status).toBe(202);
    expect(((await retry.json()) as { accepted: number }).accepted).toBe(0);
  });
});

describe('CORS for ingest', () => {
  const preflight = (origin: string) =>
    collector.app.request('/v1/events', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-encoding',
      },
    });

  it('answers a preflight from an allowed origin with that exact origin and no credentials', async () => {
    const res = await preflight(TEST_ORIGIN);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(TEST_ORIGIN);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('access-control-allow-headers')).toContain('Content-Encoding');
  });

  it.each(['https://evil.example', 'null', ''])('refuses a preflight from %j without CORS headers', async (origin) => {
    const res = await preflight(origin);
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After per client and per site', async () => {
    const logger = createLogger('silent');
    const perClient = createApp({
      ...collector.runtime,
      logger,
      controls: createIngestControls({ siteRps: 0, clientRps: 1, maxInflight: 10 }),
    });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await perClient.request('/v1/events', postInit(JSON.stringify(batch([inputError()]))));
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 3)).toEqual([202, 202, 202]);
    expect(statuses.at(-1)).toBe(429);

    const perSite = createApp({
      ...collector.runtime,
      logger,
      controls: createIngestControls({ siteRps: 1, clientRps: 0, maxInflight: 10 }),
    });
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await perSite.request('/v1/events', postInit(JSON.stringify(batch([inputError()]))));
      if (res.status === 429) codes.push((await errorOf(res)).code);
    }
    expect(codes).toEqual(['rate_limited', 'rate_limited']);
  });
});
