import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { createStore, type Store } from '../store/create-store.ts';
import { runMigrations } from '../store/migrate.ts';
import { drainSegment } from './drain-segment.ts';
import { createStoreInsert } from './insert-rows.ts';
import { Spool } from './spool.ts';
import { refusesRows, SpoolWriter } from './spool-writer.ts';

const root = mkdtempSync(join(tmpdir(), 'minwon-ux-writer-'));
let store: Store;
const logger = createLogger('silent');

beforeAll(async () => {
  store = createStore({ mode: 'embedded', path: join(root, 'clickhouse'), database: 'minwon_ux' });
  await runMigrations(store);
});
afterAll(async () => {
  await store.close();
  rmSync(root, { recursive: true, force: true });
});

const row = (site: string) => ({
  site_id: site,
  event_id: randomUUID(),
  session_id: 'session-0001',
  ts: Date.now(),
  received_at: Date.now(),
  kind: 'page_view',
  path: '/',
});

async function counts(site: string) {
  const result = await store.client.query({
    query: 'SELECT count() AS rows, uniqExact(event_id) AS ids FROM minwon_ux.events WHERE site_id = {site:String}',
    query_params: { site },
    format: 'JSONEachRow',
  });
  const [c] = await result.json<{ rows: string; ids: string }>();
  return { rows: Number(c!.rows), ids: Number(c!.ids) };
}

describe('SpoolWriter over the real embedded store', () => {
  it('drains segments in batches and deletes each only after its insert', async () => {
    const dir = join(root, 'spool-drain');
    const spool = await Spool.open({ dir, maxBytes: 2 ** 26, batchRows: 1000 });
    const writer = new SpoolWriter({ spool, insert: createStoreInsert(store), logger });
    writer.start();
    await Promise.all(
      Array.from({ length: 50 }, () =>
        spool.append({ table: 'e', rows: Array.from({ length: 50 }, () => row('drain')) }),
      ),
    );
    expect(await writer.flush()).toBe(true);
    expect(await counts('drain')).toEqual({ rows: 2500, ids: 2500 });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replays a segment left by a crash between insert and delete without inserting anything twice', async () => {
    const dir = join(root, 'spool-crash');
    const first = await Spool.open({ dir, maxBytes: 2 ** 26, batchRows: 10_000 });
    await first.append({ table: 'e', rows: Array.from({ length: 700 }, () => row('crash')) });
    await first.append({ table: 'e', rows: Array.from({ length: 300 }, () => row('crash')) });
    await first.close();
    const [segment] = first.sealed();
    // The "crashed" run: the insert succeeded, the process died before deleting the segment.
    await drainSegment(segment!, createStoreInsert(store));
    expect(await counts('crash')).toEqual({ rows: 1000, ids: 1000 });

    const restarted = await Spool.open({ dir, maxBytes: 2 ** 26 });
    expect(restarted.sealed().map((s) => s.name)).toEqual([segment!.name]);
    const writer = new SpoolWriter({ spool: restarted, insert: createStoreInsert(store), logger });
    expect(await writer.flush()).toBe(true);
    expect(await counts('crash')).toEqual({ rows: 1000, ids: 1000 });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('sets aside a segment whose rows the store refuses, and drains the ones after it', async () => {
    const dir = join(root, 'spool-refused');
    const spool = await Spool.open({ dir, maxBytes: 2 ** 26, batchRows: 10 });
    await spool.append({ table: 'e', rows: Array.from({ length: 10 }, () => ({ ...row('refused'), ts: 'soon' })) });
    await spool.append({ table: 'e', rows: Array.from({ length: 10 }, () => row('refused')) });
    const [refused] = spool.sealed();
    let quarantined = 0;
    let failed = 0;
    const writer = new SpoolWriter({
      spool,
      logger,
      insert: createStoreInsert(store),
      retryMinMs: 5,
      observer: { inserted: () => undefined, failed: () => failed++, quarantined: () => quarantined++ },
    });
    expect(await writer.flush()).toBe(true);
    expect({ quarantined, failed }).toEqual({ quarantined: 1, failed: 3 });
    expect(await counts('refused')).toEqual({ rows: 10, ids: 10 });
    expect(readdirSync(dir)).toEqual(['quarantine']);
    expect(readdirSync(join(dir, 'quarantine'))).toEqual([refused!.name]);
    expect(writer.storeDown()).toBe(false);
  });

  it('never quarantines for a store that is down: connection errors are retried', async () => {
    expect(refusesRows(Object.assign(new Error('Code: 41'), { type: 'CANNOT_PARSE_DATETIME' }))).toBe(true);
    expect(refusesRows(Object.assign(new Error('x'), { type: 'TIMEOUT_EXCEEDED' }))).toBe(false);
    expect(refusesRows(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(false);
    expect(refusesRows(undefined)).toBe(false);
  });

  it('keeps retrying while inserts fail, reports the store down after outageMs, then recovers', async () => {
    const dir = join(root, 'spool-retry');
    const spool = await Spool.open({ dir, maxBytes: 2 ** 26, batchRows: 100 });
    let failing = true;
    let attempts = 0;
    const realInsert = createStoreInsert(store);
    const writer = new SpoolWriter({
      spool,
      logger,
      outageMs: 100,
      retryMinMs: 10,
      retryMaxMs: 50,
      insert: async (table, rows, token) => {
        attempts += 1;
        if (failing) throw new Error('injected: connection refused');
        await realInsert(table, rows, token);
      },
    });
    writer.start();
    for (let i = 0; i < 5; i++)
      await spool.append({ table: 'e', rows: Array.from({ length: 100 }, () => row('retry')) });
    await new Promise((r) => setTimeout(r, 300));
    expect(attempts).toBeGreaterThan(2);
    expect(writer.storeDown()).toBe(true);
    expect(spool.sealed()).toHaveLength(5);
    failing = false;
    expect(await writer.flush()).toBe(true);
    expect(writer.storeDown()).toBe(false);
    expect(await counts('retry')).toEqual({ rows: 500, ids: 500 });
  });
});
