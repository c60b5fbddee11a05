import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createLogger } from '../logger.ts';
import { SiteRegistry } from '../sites/site-registry.ts';
import { upsertSites } from '../sites/site-store.ts';
import { createStoreInsert } from '../spool/insert-rows.ts';
import { createStore, type Store } from '../store/create-store.ts';
import { runMigrations } from '../store/migrate.ts';
import { loadIngestConfig } from './ingest-config.ts';
import { type Ingest, openIngest } from './open-ingest.ts';
import { batch, inputError, postInit, TEST_SITE } from './test-batches.ts';

const root = mkdtempSync(join(tmpdir(), 'minwon-ux-backpressure-'));
const logger = createLogger('silent');
let store: Store;
let sites: SiteRegistry;
const opened: Ingest[] = [];

beforeAll(async () => {
  store = createStore({ mode: 'embedded', path: join(root, 'clickhouse'), database: 'minwon_ux' });
  await runMigrations(store);
  await upsertSites(store, [TEST_SITE]);
  sites = await SiteRegistry.load(store);
});
afterAll(async () => {
  for (const ingest of opened) await ingest.close();
  await store.close();
  rmSync(root, { recursive: true, force: true });
});

/** A collector whose store inserts fail while `outage.down` is true; the store itself stays real. */
async function collectorWithOutage(name: string, env: Record<string, string>) {
  const outage = { down: true, attempts: 0 };
  const insert = createStoreInsert(store);
  const config = loadIngestConfig({ RATE_CLIENT_RPS: '0', RATE_SITE_RPS: '0', ...env }, join(root, name));
  const ingest = await openIngest({
    config,
    store,
    sites,
    logger,
    insert: async (table, rows, token) => {
      outage.attempts += 1;
      if (outage.down) throw new Error('injected: connection refused');
      await insert(table, rows, token);
    },
  });
  opened.push(ingest);
  const app = createApp({ store, sites, sink: ingest.sink, controls: ingest.controls, logger });
  return { app, ingest, outage };
}

async function storedIds(ids: string[]) {
  const result = await store.client.query({
    query:
      'SELECT toString(event_id) AS id, count() AS n FROM minwon_ux.events WHERE event_id IN {ids:Array(UUID)} GROUP BY id',
    query_params: { ids },
    format: 'JSONEachRow',
  });
  return new Map((await result.json<{ id: string; n: string }>()).map((r) => [r.id, Number(r.n)]));
}

describe('the store failing for a while, then coming back', () => {
  it('answers 503 + Retry-After while the spool is full and loses nothing it acknowledged', async () => {
    const { app, ingest, outage } = await collectorWithOutage('full', {
      SPOOL_MAX_BYTES: String(256 * 1024),
      SPOOL_BATCH_ROWS: '50',
      STORE_OUTAGE_MS: '600000',
    });
    const acked: string[] = [];
    const statuses = new Map<number, number>();
    let retryAfter: string | null = null;
    for (let round = 0; round < 60; round++) {
      const results = await Promise.all(
        Array.from({ length: 8 }, async () => {
          const events = Array.from({ length: 20 }, () => inputError());
          const res = await app.request('/v1/events', postInit(JSON.stringify(batch(events))));
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status === 202) acked.push(...events.map((e) => e.id));
          if (res.status === 503) {
            retryAfter = res.headers.get('retry-after');
            expect(((await res.json()) as { error: { code: string } }).error.code).toBe('spool_full');
          }
        }),
      );
      expect(results).toHaveLength(8);
    }
    expect(statuses.get(202)).toBeGreaterThan(10);
    expect(statuses.get(503)).toBeGreaterThan(10);
    expect([...statuses.keys()].sort()).toEqual([202, 503]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect((await app.request('/readyz')).status).toBe(503);
    expect(outage.attempts).toBeGreaterThan(0);

    outage.down = false;
    expect(await ingest.writer.settle(60_000)).toBe(true);
    const stored = await storedIds(acked);
    expect(stored.size).toBe(acked.length);
    expect([...stored.values()].every((n) => n === 1)).toBe(true);
    expect((await app.request('/readyz')).status).toBe(200);
  });

  it('answers 503 store_unavailable once inserts have failed longer than STORE_OUTAGE_MS', async () => {
    const { app, ingest, outage } = await collectorWithOutage('outage', {
      STORE_OUTAGE_MS: '300',
      SPOOL_BATCH_MS: '20',
    });
    const first = inputError();
    expect((await app.request('/v1/events', postInit(JSON.stringify(batch([first]))))).status).toBe(202);
    await new Promise((r) => setTimeout(r, 1500));
    const refused = await app.request('/v1/events', postInit(JSON.stringify(batch([inputError()]))));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('store_unavailable');
    outage.down = false;
    expect(await ingest.writer.settle(60_000)).toBe(true);
    expect((await storedIds([first.id])).get(first.id)).toBe(1);
    expect((await app.request('/v1/events', postInit(JSON.stringify(batch([inputError()]))))).status).toBe(202);
  });
});
