import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from './create-store.ts';
import { runMigrations, splitStatements } from './migrate.ts';

const REQUIRED_COLUMNS = `site_id event_id session_id visitor_id ts received_at seq kind path page_title referrer_host
  menu_label menu_trail menu_depth target_path form_id field_id field_type error_kind error_source error_message
  attempt duration_ms engaged_ms scroll_pct count device browser os viewport_w lang props`.split(/\s+/);

describe('splitStatements', () => {
  it('splits on semicolons at line ends and drops comment lines', () => {
    expect(splitStatements("-- a comment\nCREATE A;\nCREATE B (x String DEFAULT ';');\n")).toEqual([
      'CREATE A',
      "CREATE B (x String DEFAULT ';')",
    ]);
  });
});

describe('runMigrations on a fresh embedded store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minwon-ux-migrate-'));
  const store = createStore({ mode: 'embedded', path: dir, database: 'minwon_ux' });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies every file once, then nothing on a second run', async () => {
    const first = await runMigrations(store);
    expect(first).toContain('0002_events');
    expect(await runMigrations(store)).toEqual([]);
    const recorded = await store.client.query({
      query: 'SELECT name FROM minwon_ux.schema_migrations ORDER BY version',
      format: 'JSONEachRow',
    });
    expect((await recorded.json<{ name: string }>()).map((r) => r.name)).toEqual(first);
  });

  it('creates the events table with every required analyst column, MergeTree by site then time', async () => {
    const columns = await store.client.query({
      query: "SELECT name FROM system.columns WHERE database = 'minwon_ux' AND table = 'events'",
      format: 'JSONEachRow',
    });
    const names = (await columns.json<{ name: string }>()).map((c) => c.name);
    for (const column of REQUIRED_COLUMNS) expect(names).toContain(column);
    const table = await store.client.query({
      query:
        "SELECT engine, sorting_key, partition_key FROM system.tables WHERE database = 'minwon_ux' AND name = 'events'",
      format: 'JSONEachRow',
    });
    const [info] = await table.json<{ engine: string; sorting_key: string; partition_key: string }>();
    expect(info?.engine).toBe('MergeTree');
    expect(info?.sorting_key.startsWith('site_id, toDate(ts)')).toBe(true);
    expect(info?.partition_key).toBe('toYYYYMM(ts)');
  });
});
