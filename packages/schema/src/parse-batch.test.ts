import { describe, expect, it } from 'vitest';
import { WIRE_FIELDS } from './describe-issue.ts';
import { parseBatch } from './parse-batch.ts';
import { WIRE_VERSION } from './vocabulary.ts';

const ID = '0b8f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const OTHER_ID = '1b8f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

function pageView(id: string, extra: Record<string, unknown> = {}) {
  return { id, seq: 1, t: 1_700_000_000_000, path: '/apply', kind: 'page_view', ...extra };
}

function batch(events: unknown[]) {
  return { v: WIRE_VERSION, site: 'demo', sid: 'session-0001', sentAt: 1_700_000_000_500, events };
}

describe('parseBatch', () => {
  it('keeps the valid events beside invalid ones, with their batch indices', () => {
    const parsed = parseBatch(batch([pageView(ID), { kind: 'page_view' }, pageView(OTHER_ID)]));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.events.map((e) => e.id)).toEqual([ID, OTHER_ID]);
    expect(parsed.indices).toEqual([0, 2]);
    expect(parsed.rejected).toEqual([{ index: 1, code: 'invalid_event', reason: expect.any(String) }]);
  });

  it('counts an event id repeated inside the batch once', () => {
    const parsed = parseBatch(batch([pageView(ID), pageView(ID)]));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.events).toHaveLength(1);
    expect(parsed.rejected).toEqual([{ index: 1, code: 'duplicate_event', reason: 'id repeated' }]);
  });

  it('refuses an invalid envelope as a whole', () => {
    expect(parseBatch({ ...batch([pageView(ID)]), v: 99 })).toEqual({
      ok: false,
      code: 'invalid_batch',
      reason: 'v: not an allowed value',
    });
  });

  it('never echoes the input in a reason: unknown field and props names become *', () => {
    const secret = 'kim-010-1234-5678';
    const parsed = parseBatch(
      batch([
        pageView(ID, { [secret]: 1 }),
        { ...pageView(OTHER_ID), kind: 'custom', name: 'x', props: { [secret]: {} } },
      ]),
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.rejected).toHaveLength(2);
    for (const { reason } of parsed.rejected) expect(reason).not.toContain(secret);
    expect(parsed.rejected[1]!.reason).toMatch(/^props\.\*: /);
  });
});

describe('WIRE_FIELDS', () => {
  it('is derived from wire.ts: envelope, every event kind and replay chunk fields, never props keys', () => {
    for (const name of ['v', 'sid', 'events', 'id', 'kind', 'errorKind', 'formTitle', 'chunk', 'props']) {
      expect(WIRE_FIELDS.has(name), name).toBe(true);
    }
    expect(WIRE_FIELDS.has('password')).toBe(false);
  });
});
