import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCollector, type TestCollector } from '../testing.ts';
import { postInit, TEST_ORIGIN, TEST_SITE } from './test-batches.ts';

let collector: TestCollector;
beforeAll(async () => {
  collector = await startTestCollector({
    sites: [TEST_SITE, { key: 'site-b', name: 'B', origins: ['https://b.example.go.kr'], retentionDays: 30 }],
    env: { RATE_CLIENT_RPS: '0', RATE_SITE_RPS: '0' },
  });
});
afterAll(() => collector.close());

const chunk = (n: number, overrides: Record<string, unknown> = {}) => ({
  v: 1,
  site: TEST_SITE.key,
  sid: 'session-replay-1',
  sentAt: Date.now(),
  chunk: n,
  path: '/apply?name=홍길동&page=1',
  events: [
    { type: 4, timestamp: Date.now(), data: { href: 'https://x/apply', width: 1280, height: 800 } },
    { type: 3, timestamp: Date.now(), data: { source: 5, text: '010-1234-5678', __proto__x: 1 } },
  ],
  ...overrides,
});

const postReplay = (body: unknown, origin = TEST_ORIGIN) =>
  collector.app.request('/v1/replay', postInit(JSON.stringify(body), { origin }));

describe('POST /v1/replay', () => {
  it('stores a chunk compressed, scrubbed, once even when retried', async () => {
    expect((await postReplay(chunk(0))).status).toBe(202);
    expect((await postReplay(chunk(0))).status).toBe(202);
    expect((await postReplay(chunk(1))).status).toBe(202);
    await collector.runtime.ingest.writer.settle();
    const rows = await collector.rows<{ chunk: number; path: string; data: string; event_count: number }>(
      "SELECT chunk, path, data, event_count FROM minwon_ux.replay_chunks FINAL WHERE session_id = 'session-replay-1' ORDER BY chunk",
    );
    expect(rows.map((r) => r.chunk)).toEqual([0, 1]);
    expect(rows[0]!.path).toBe('/apply?page=1');
    expect(rows[0]!.event_count).toBe(2);
    expect(rows[0]!.data).not.toContain('1234-5678');
    expect(JSON.parse(rows[0]!.data)[0].data.width).toBe(1280);
    const [codec] = await collector.rows<{ compression_codec: string }>(
      "SELECT compression_codec FROM system.columns WHERE database = 'minwon_ux' AND table = 'replay_chunks' AND name = 'data'",
    );
    expect(codec?.compression_codec).toContain('ZSTD');
  });

  it.each([
    ['an invalid chunk', chunk(2, { chunk: -1 }), TEST_ORIGIN, 400, 'invalid_chunk'],
    ['events that are not objects', chunk(2, { events: [1, 2] }), TEST_ORIGIN, 400, 'invalid_chunk'],
    ['an unknown site', chunk(2, { site: 'nope' }), TEST_ORIGIN, 403, 'unknown_site'],
    ["another site's origin", chunk(2), 'https://b.example.go.kr', 403, 'origin_not_allowed'],
  ])('refuses %s', async (_name, body, origin, status, code) => {
    const res = await postReplay(body, origin);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
  });
});

describe('sites: retention and deletion', () => {
  it('copies each site retention onto its rows, and deleting a site deletes its data', async () => {
    const send = (site: string, origin: string) =>
      collector.app.request(
        '/v1/replay',
        postInit(JSON.stringify(chunk(9, { site, sid: `session-${site}` })), { origin }),
      );
    expect((await send('site-b', 'https://b.example.go.kr')).status).toBe(202);
    await collector.runtime.ingest.writer.settle();
    const [before] = await collector.rows<{ retention_days: number }>(
      "SELECT retention_days FROM minwon_ux.replay_chunks WHERE site_id = 'site-b'",
    );
    expect(before?.retention_days).toBe(30);

    expect((await send('site-b', 'https://b.example.go.kr')).status).toBe(202); // still on the spool
    expect(await collector.runtime.ingest.deleteSite('site-b')).toBe(true);
    const left = await collector.rows<{ n: string }>(
      "SELECT count() AS n FROM minwon_ux.replay_chunks WHERE site_id = 'site-b'",
    );
    expect(Number(left[0]!.n)).toBe(0);
    const refused = await send('site-b', 'https://b.example.go.kr');
    expect(refused.status).toBe(403);
    expect(collector.runtime.sites.get('site-b')).toBeUndefined();
  });
});

describe('operations', () => {
  it('answers /readyz and exposes Prometheus metrics', async () => {
    const ready = await collector.app.request('/readyz');
    expect(ready.status).toBe(200);
    const res = await collector.app.request('/metrics');
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/minwon_ingest_accepted_total\{endpoint="replay"\} \d+/);
    expect(text).toMatch(/minwon_ingest_refused_requests_total\{code="invalid_chunk"\} 2/);
    expect(text).toContain('minwon_spool_bytes');
    expect(text).toMatch(/minwon_store_insert_seconds_bucket\{table="replay_chunks",le="\+Inf"\} \d+/);
    expect(text).toMatch(/minwon_store_insert_rows_count\{table="replay_chunks"\} \d+/);
  });
});
