import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvents } from '../ingest/insert-events.ts';
import { buildComplaintSessions } from '../insights/fixtures/complaint-sessions.ts';
import { createStore } from './create-store.ts';
import { defaultMigrationsDir, runMigrations } from './migrate.ts';

/** Each rollup's hash arrays (0029, 0030) beside the `uniq` state of the same sessions. */
const PAIRS: { table: string; key: string; state: string; hashes: string }[] = [
  ...['start', 'submit', 'success', 'abandon', 'error', 'step'].map((k) => ({
    table: 'daily_forms',
    key: 'site_id, day, device, form_id, step, step_label',
    state: `${k}_sessions`,
    hashes: `${k}_hashes`,
  })),
  ...['touched', 'error'].map((k) => ({
    table: 'daily_fields',
    key: 'site_id, day, device, form_id, field_id',
    state: `${k}_sessions`,
    hashes: `${k}_hashes`,
  })),
  {
    table: 'daily_field_errors',
    key: 'site_id, day, device, form_id, field_id, error_kind, error_message',
    state: 'sessions',
    hashes: 'session_hashes',
  },
  { table: 'daily_pages', key: 'site_id, day, device, page', state: 'sessions', hashes: 'session_hashes' },
  {
    table: 'daily_menus',
    key: 'site_id, day, device, menu_trail, menu_label, menu_depth, target_path',
    state: 'sessions',
    hashes: 'session_hashes',
  },
];

const dir = mkdtempSync(join(tmpdir(), 'minwon-ux-hashes-'));
const store = createStore({ mode: 'embedded', path: join(dir, 'store'), database: 'minwon_ux' });

async function rows<T>(query: string): Promise<T[]> {
  const result = await store.client.query({
    query,
    format: 'JSONEachRow',
    clickhouse_settings: { output_format_json_quote_64bit_integers: 0 },
  });
  return result.json<T>();
}

beforeAll(async () => {
  // A store as it was before the hash arrays (migrations up to 0028) with a week of events in it,
  // then every migration (backfill), then another week inserted through the new views.
  const before = join(dir, 'before');
  for (const file of readdirSync(defaultMigrationsDir).filter((f) => f < '0029')) {
    cpSync(join(defaultMigrationsDir, file), join(before, file));
  }
  await runMigrations(store, before);
  const week = { site: 'demo', sessions: 120, days: 7 };
  await insertEvents(store, buildComplaintSessions({ ...week, seed: 8, startDay: '2026-11-02', problems: true }));
  expect(await runMigrations(store)).toEqual(
    expect.arrayContaining(['0030_rollup_session_hashes', '0032_daily_fields_histograms']),
  );
  await insertEvents(store, buildComplaintSessions({ ...week, seed: 9, startDay: '2026-11-09', problems: false }));
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('session hash arrays', () => {
  it.each(PAIRS)("count each day's sessions as the uniq states do, backfilled and live: $table.$hashes", async (p) => {
    const [r] = await rows<{ states: number; arrays: number; stored: number }>(`
      SELECT sum(u) AS states, sum(h) AS arrays,
             (SELECT sum(length(${p.hashes})) FROM minwon_ux.${p.table} FINAL) AS stored
      FROM (SELECT uniqMerge(${p.state}) AS u, length(groupUniqArrayArray(${p.hashes})) AS h
            FROM minwon_ux.${p.table} GROUP BY ${p.key})`);
    expect(r!.states).toBeGreaterThan(0);
    expect(r!.arrays).toBe(r!.states);
    expect(r!.stored).toBe(r!.states);
  });

  it("give daily_sessions each day's sessions, backfilled and live", async () => {
    const [r] = await rows<{ expected: number; stored: number }>(`
      SELECT (SELECT sum(n) FROM (SELECT uniqExact(session_id) AS n FROM minwon_ux.events GROUP BY toDate(ts), device)) AS expected,
             (SELECT sum(length(sessions)) FROM minwon_ux.daily_sessions FINAL) AS stored`);
    expect(r!.expected).toBe(240);
    expect(r!.stored).toBe(r!.expected);
  });

  it('give daily_fields the focus and hesitation histograms of its field_dwell events, backfilled and live', async () => {
    const bucket = (v: string) => `toUInt16(round(log(${v} + 1) / log(1.05)))`;
    const [r] = await rows<{ stored: string; expected: string; dwells: number }>(`
      SELECT (SELECT toString(groupArray((form_id, field_id, f, h))) FROM (
                SELECT form_id, field_id, sumMap(focus_hist) AS f, sumMap(hesitation_hist) AS h
                FROM minwon_ux.daily_fields GROUP BY form_id, field_id ORDER BY form_id, field_id)) AS stored,
             (SELECT toString(groupArray((form_id, field_id, f, h))) FROM (
                SELECT form_id, field_id, sumMap(map(${bucket('duration_ms')}, toUInt64(1))) AS f,
                       sumMap(map(${bucket('hesitation_ms')}, toUInt64(1))) AS h
                FROM minwon_ux.events WHERE kind = 'field_dwell' AND field_id != ''
                GROUP BY form_id, field_id ORDER BY form_id, field_id)) AS expected,
             (SELECT countIf(kind = 'field_dwell') FROM minwon_ux.events) AS dwells`);
    expect(r!.dwells).toBeGreaterThan(100);
    expect(r!.stored).toBe(r!.expected);
  });
});
