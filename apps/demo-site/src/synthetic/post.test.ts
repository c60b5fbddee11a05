import { describe, expect, it } from 'vitest';
import { generateSyntheticBatches } from './generate.ts';
import { PostFailedError, postSyntheticBatches } from './post.ts';

interface Seen {
  url: string;
  headers: Record<string, string>;
  body: { sid: string; sentAt: number; events: unknown[] };
}

function fakeCollector(answer: (n: number) => Response) {
  const seen: Seen[] = [];
  const fetchFn = (async (url: string | URL | Request, init?: RequestInit) => {
    seen.push({
      url: String(url),
      headers: init?.headers as Record<string, string>,
      body: JSON.parse(String(init?.body)),
    });
    return answer(seen.length);
  }) as typeof fetch;
  return { seen, fetchFn };
}

describe('postSyntheticBatches', () => {
  it('sends each session as the SDK would, stamped with the send time', async () => {
    const { seen, fetchFn } = fakeCollector(() => new Response(null, { status: 204 }));
    const batches = [...generateSyntheticBatches({ sessions: 5, days: 2, end: '2026-11-29T00:00:00Z' })];
    const before = Date.now();
    const result = await postSyntheticBatches(batches, { collector: 'http://c.test/', fetch: fetchFn, concurrency: 2 });
    const sids = new Set(batches.map((b) => b.batch.sid));
    expect(seen).toHaveLength(sids.size);
    expect(result.events).toBe(batches.reduce((n, b) => n + b.batch.events.length, 0));
    for (const s of seen) {
      expect(s.url).toBe('http://c.test/v1/events');
      expect(s.headers['content-type']).toMatch(/^text\/plain/);
      expect(s.headers.origin).toBe('http://localhost:8790');
      expect(s.headers['user-agent']).toMatch(/Mozilla/);
      expect(s.body.sentAt).toBeGreaterThanOrEqual(before);
    }
  });

  it('sends page by page when asked', async () => {
    const { seen, fetchFn } = fakeCollector(() => new Response(null, { status: 204 }));
    const batches = [...generateSyntheticBatches({ sessions: 3, days: 1, end: '2026-11-29T00:00:00Z' })];
    await postSyntheticBatches(batches, { collector: 'http://c.test', fetch: fetchFn, mergeSessions: false });
    expect(seen).toHaveLength(batches.length);
  });

  it('retries 429 after Retry-After and counts refused events', async () => {
    const { seen, fetchFn } = fakeCollector((n) =>
      n === 1
        ? new Response(null, { status: 429, headers: { 'retry-after': '0' } })
        : n === 2
          ? new Response('{}', { status: 400 })
          : new Response(null, { status: 202 }),
    );
    const batches = [...generateSyntheticBatches({ sessions: 2, days: 1, end: '2026-11-29T00:00:00Z' })];
    const result = await postSyntheticBatches(batches, { collector: 'http://c.test', fetch: fetchFn, concurrency: 1 });
    expect(result.retries).toBe(1);
    expect(result.rejectedEvents).toBe(seen[1]!.body.events.length);
    expect(seen).toHaveLength(3);
  });

  it('gives up with a clear error when the collector cannot be reached', async () => {
    const fetchFn = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    const batches = generateSyntheticBatches({ sessions: 1, days: 1, end: '2026-11-29T00:00:00Z' });
    await expect(
      postSyntheticBatches(batches, { collector: 'http://c.test', fetch: fetchFn, maxAttempts: 1 }),
    ).rejects.toBeInstanceOf(PostFailedError);
  });
});
