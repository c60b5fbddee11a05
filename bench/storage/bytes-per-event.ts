/**
 * Storage per event (issue 19's sizing model): inserts the complaint-portal fixture's sessions (the
 * tests' realistic sessions: menus, forms, errors, dwell; 4 sites, successive days, each day its own
 * seed) into a fresh embedded store with every rollup view on, merges every table as background
 * merges would (OPTIMIZE … FINAL), then reads `system.parts`: compressed bytes per stored event for
 * `events` and for each rollup.
 *
 *   flock /tmp/minwon-bench.lock node --import tsx bench/storage/bytes-per-event.ts [events=1000000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, insertEvents, runMigrations } from '@minwon-ux/collector';
import { buildComplaintSessions } from '@minwon-ux/collector/testing';

const events = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'minwon-bytes-'));
const store = createStore({ mode: 'embedded', path: dir, database: 'minwon_ux' });
await runMigrations(store);
let inserted = 0;
for (let day = 0; inserted < events; day++) {
  const startDay = new Date(Date.UTC(2026, 4, 1) + day * 86_400_000).toISOString().slice(0, 10);
  for (const site of ['site-0', 'site-1', 'site-2', 'site-3']) {
    const rows = buildComplaintSessions({
      site,
      sessions: 1000,
      seed: day * 4 + site.length,
      startDay,
      days: 1,
      problems: day % 2 === 0,
    });
    await insertEvents(store, rows);
    inserted += rows.length;
  }
  process.stderr.write(`\r${inserted} events`);
}
const tables = await store.client.query({
  query: "SELECT name FROM system.tables WHERE database = 'minwon_ux' AND engine LIKE '%MergeTree'",
  format: 'JSONEachRow',
});
for (const { name } of await tables.json<{ name: string }>()) {
  await store.client.command({ query: `OPTIMIZE TABLE minwon_ux.${name} FINAL` });
}
try {
  const result = await store.client.query({
    query: `SELECT table, sum(rows) AS rows, sum(data_compressed_bytes) AS compressed,
                   sum(data_uncompressed_bytes) AS uncompressed, count() AS parts
            FROM system.parts WHERE database = {db:String} AND active GROUP BY table ORDER BY compressed DESC`,
    query_params: { db: store.database },
    format: 'JSONEachRow',
    clickhouse_settings: { output_format_json_quote_64bit_integers: 0 },
  });
  const parts = await result.json<{
    table: string;
    rows: number;
    compressed: number;
    uncompressed: number;
    parts: number;
  }>();
  const stored = parts.find((p) => p.table === 'events')?.rows ?? events;
  const lines = [
    '| table | rows | compressed | bytes per event | per 1M events | ratio |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const p of parts) {
    lines.push(
      `| ${p.table} | ${p.rows} | ${(p.compressed / 1e6).toFixed(1)} MB | ${(p.compressed / stored).toFixed(1)} | ${(((p.compressed / stored) * 1e6) / 1e6).toFixed(1)} MB | ${(p.uncompressed / Math.max(p.compressed, 1)).toFixed(1)}× |`,
    );
  }
  const total = parts.reduce((sum, p) => sum + p.compressed, 0);
  lines.push(
    `| **all tables** | | ${(total / 1e6).toFixed(1)} MB | ${(total / stored).toFixed(1)} | ${(total / stored).toFixed(1)} MB | |`,
  );
  process.stdout.write(`${stored} events\n${lines.join('\n')}\n`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
