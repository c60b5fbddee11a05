import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, type EventRow, runMigrations, toEventRows } from '@minwon-ux/collector';
import { eventSchema } from '@minwon-ux/schema';
import { BENCH_SITE, benchEvents } from './bodies.ts';

/** The same rows the collector would store for `benchEvents`, scrubbed and enriched. */
export function benchRows(count: number): EventRow[] {
  const site = { ...BENCH_SITE, agency: '', retentionDays: 365 };
  const now = Date.now();
  const context = {
    site,
    sessionId: 'bench-session-0',
    visitorId: '12345678901234567',
    receivedAt: now,
    skewMs: 0,
    client: { device: 'desktop' as const, browser: 'Chrome', os: 'Linux' },
  };
  return toEventRows(
    benchEvents(count, now).map((e) => eventSchema.parse(e)),
    context,
  );
}

/**
 * Baseline (b): inserts `total` rows straight into a fresh embedded store in batches of `batchRows`
 * (the spool's batch size), one after another, with a deduplication token like the writer's.
 */
export async function directInsert(total: number, batchRows = 1000): Promise<{ rows: number; seconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'minwon-ux-bench-direct-'));
  const store = createStore({ mode: 'embedded', path: dir, database: 'minwon_ux' });
  try {
    await runMigrations(store);
    const batches = Array.from({ length: Math.ceil(total / batchRows) }, () => benchRows(batchRows));
    const started = performance.now();
    let n = 0;
    for (const [i, rows] of batches.entries()) {
      await store.client.insert({
        table: 'minwon_ux.events',
        values: rows,
        format: 'JSONEachRow',
        clickhouse_settings: { insert_deduplication_token: `bench-${i}` },
      });
      n += rows.length;
    }
    return { rows: n, seconds: (performance.now() - started) / 1000 };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
