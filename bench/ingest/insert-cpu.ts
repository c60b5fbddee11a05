import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createStore, runMigrations } from '@minwon-ux/collector';
import { drainSegment, encodeRecord } from '@minwon-ux/collector/internals';
import { cpuMs } from './child.ts';
import { benchRows } from './direct-insert.ts';

/**
 * CPU per row of draining one spool segment (20-row records, as requests leave them) into the
 * embedded store with every rollup view on: the main thread (reading the segment, the client) and
 * the whole process (ClickHouse's parse, insert and views, background merges included).
 * `node --import tsx bench/ingest/insert-cpu.ts [rows per segment]`; env ROUNDS (default 4, the
 * first a warm-up) and VARIANTS, a JSON object of named `clickhouse_settings` to compare, e.g.
 * `VARIANTS='{"default":{},"serial parse":{"input_format_parallel_parsing":0}}'`.
 */
const SEGMENT_ROWS = Number(process.argv[2] ?? 20_000);
const ROUNDS = Number(process.env.ROUNDS ?? 4);
const VARIANTS: Record<string, Record<string, string | number>> = JSON.parse(process.env.VARIANTS ?? '{"default":{}}');

const dir = mkdtempSync(join(tmpdir(), 'minwon-ux-insert-cpu-'));
const store = createStore({ mode: 'embedded', path: join(dir, 'store'), database: 'minwon_ux' });
await runMigrations(store);

async function insert(table: string, values: Readable, token: string, settings: Record<string, string | number>) {
  const result = await store.client.exec({
    query: `INSERT INTO ${store.database}.${table} FORMAT JSONEachRow`,
    values,
    clickhouse_settings: { insert_deduplication_token: token, ...settings },
  });
  await finished(result.stream.resume());
}

const totals = new Map<string, { main: number; process: number; rows: number }>();
let segmentNo = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, settings] of Object.entries(VARIANTS)) {
    const frames: Buffer[] = [];
    for (let n = 0; n < SEGMENT_ROWS; n += 20) frames.push(encodeRecord({ table: 'e', rows: benchRows(20) }));
    const path = join(dir, `segment-${segmentNo++}`);
    writeFileSync(path, Buffer.concat(frames));
    const before = cpuMs(process.pid);
    await drainSegment({ name: path, path, bytes: 0, rows: SEGMENT_ROWS }, (table, rows, token) =>
      insert(table, Readable.from([rows.text]), token, settings),
    );
    const after = cpuMs(process.pid);
    if (round === 0) continue; // warm-up
    const t = totals.get(name) ?? { main: 0, process: 0, rows: 0 };
    t.main += after.main - before.main;
    t.process += after.process - before.process;
    t.rows += SEGMENT_ROWS;
    totals.set(name, t);
  }
}
process.stdout.write(`${SEGMENT_ROWS}-row segments, ${ROUNDS - 1} rounds\n`);
for (const [name, t] of totals) {
  const us = (ms: number) => ((ms * 1000) / t.rows).toFixed(1).padStart(6);
  process.stdout.write(`${name.padEnd(28)} process ${us(t.process)} µs/row   main thread ${us(t.main)} µs/row\n`);
}
await store.close();
rmSync(dir, { recursive: true, force: true });
