import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCollector, type TestCollector } from '../testing.ts';
import { batch, inputError, postInit, TEST_SITE } from './test-batches.ts';

let collector: TestCollector;
beforeAll(async () => {
  // Large spool batches: the fuzz exercises the real spool (fsync'ed appends) with few inserts.
  collector = await startTestCollector({
    sites: [TEST_SITE],
    env: { RATE_CLIENT_RPS: '0', RATE_SITE_RPS: '0', SPOOL_BATCH_ROWS: '100000', SPOOL_BATCH_MS: '5000' },
  });
});
afterAll(() => collector.close());

const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', '\ud800', '\udfff', 'a'.repeat(3000), '<script>'),
);
const hostileValue = fc.oneof(
  hostileString,
  fc.jsonValue({ maxDepth: 3 }),
  fc.double(),
  fc.constantFrom(null, true, -1, 2 ** 53, Number.MAX_VALUE),
);
/** Values each field refuses (the wire contract), mixed with hostile ones of a wrong type. */
const BROKEN: Record<string, unknown[]> = {
  kind: ['nope', 42, '__proto__'],
  seq: [-1, 'x', 1.5, 2 ** 40],
  t: [-5, 'now', null],
  path: [5, 'x'.repeat(3000), null, ['/']],
  attempt: [0, 'two', {}],
  errorKind: ['nope', '\ud800'],
  id: ['not-a-uuid', 7],
};
/** An invalid event: a valid one with a field broken, an unknown field, or not an object at all. */
const invalidEvent = fc.oneof(
  fc
    .constantFrom(...Object.entries(BROKEN).flatMap(([k, values]) => values.map((v) => [k, v] as const)))
    .map(([k, v]) => ({ ...inputError(), [k]: v })),
  fc.tuple(hostileString, hostileValue).map(([k, v]) => ({ ...inputError(), [`x${k}`]: v })),
  hostileValue.filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)),
);

const contentType = fc.constantFrom(
  'text/plain',
  'application/json',
  'text/plain;charset=UTF-8',
  'text/html',
  '',
  'application/x-www-form-urlencoded',
);
const encoding = fc.constantFrom('', '', 'gzip', 'identity', 'br', 'deflate');

/** Hostile bodies of every shape: raw bytes, JSON of any shape, batch-shaped with broken envelopes. */
const hostileBody = fc.oneof(
  fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? ''),
  fc
    .tuple(fc.constantFrom('v', 'site', 'sid', 'sentAt', 'events', '__proto__', 'extra'), hostileValue)
    .map(([k, v]) => JSON.stringify({ ...batch([inputError()]), [k]: v })),
  fc.integer({ min: 0, max: 3000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
  fc.constantFrom('{"v":1,', '', 'null', '[]', '{"v":1,"events":[{"__proto__":{"x":1}}]}'),
);

async function send(body: string, type: string, enc: string) {
  const bytes = enc === 'gzip' ? new Uint8Array(gzipSync(body)) : body;
  const headers: Record<string, string> = { 'content-type': type };
  if (enc) headers['content-encoding'] = enc;
  return collector.app.request('/v1/events', postInit(bytes, headers));
}

describe('fuzz: hostile bodies through the real app', () => {
  it('answers every hostile body with a JSON 4xx/2xx and never a 5xx (8 000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBody, contentType, encoding, async (body, type, enc) => {
        const res = await send(body, type, enc);
        expect(res.status).toBeLessThan(500);
        const json = (await res.json()) as { error?: { code: string; message: string } };
        if (res.status >= 400) expect(typeof json.error?.code).toBe('string');
      }),
      { numRuns: 8000, seed: 20261126 },
    );
  }, 120_000);

  it('keeps exactly the valid events of mixed batches (2 500 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constant('valid' as const), invalidEvent), { minLength: 1, maxLength: 30 }),
        async (slots) => {
          const events = slots.map((s) => (s === 'valid' ? inputError({ id: randomUUID() }) : s));
          const valid = slots.flatMap((s, i) => (s === 'valid' ? [i] : []));
          const res = await send(JSON.stringify(batch(events)), 'text/plain', '');
          expect(res.status).toBe(valid.length > 0 ? 202 : 400);
          const body = (await res.json()) as { accepted?: number; rejected: { index: number }[] };
          if (valid.length > 0) expect(body.accepted).toBe(valid.length);
          const refused = body.rejected.map((r) => r.index).sort((a, b) => a - b);
          expect(refused).toEqual(slots.flatMap((s, i) => (s === 'valid' ? [] : [i])));
        },
      ),
      { numRuns: 2500, seed: 7 },
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  }, 120_000);
});
