import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VisitorHasher } from '../ingest/visitor-hasher.ts';
import { createStore } from './create-store.ts';
import { runMigrations } from './migrate.ts';
import { StoreSalts } from './visitor-salts.ts';

// Two collectors on one store: each has its own salts, clock and hasher, and nothing local in common
// (no salt file), each its own connection; they must hash a visitor alike, today and after midnight.
const DAY = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), 'minwon-ux-salts-'));
const options = { mode: 'embedded', path: dir, database: 'minwon_ux' } as const;
const stores = [createStore(options), createStore(options)];
const visitor = ['demo', '203.0.113.9', 'Mozilla/5.0 (X11; Linux x86_64)'] as const;
// Days in the future: the table's TTL drops past days' rows as soon as they are written.
let t = 23_000 * DAY + 10 * 3_600_000;
const now = () => t;

async function storedDays(): Promise<string[]> {
  const result = await stores[0]!.client.query({
    query: 'SELECT DISTINCT toString(day) AS day FROM minwon_ux.visitor_salts ORDER BY day',
    format: 'JSONEachRow',
  });
  return (await result.json<{ day: string }>()).map((r) => r.day);
}

beforeAll(async () => {
  await runMigrations(stores[0]!);
});
afterAll(async () => {
  for (const store of stores) await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('StoreSalts', () => {
  it('gives two collectors that start at once the same visitor ids, today and tomorrow', async () => {
    const salts = await Promise.all(stores.map((store) => StoreSalts.open(store, { now, refreshMs: 3_600_000 })));
    await Promise.all(salts.map((s) => s.refresh())); // a raced start converges after one refresh
    const hashers = salts.map((s) => new VisitorHasher({ now, salts: s }));
    const today = hashers.map((h) => h.visitorId(...visitor));
    expect(today[1]).toBe(today[0]);
    expect(await storedDays()).toEqual(['2032-12-21', '2032-12-22']);

    t += DAY; // midnight passes; tomorrow's salt was agreed on the day before
    const tomorrow = hashers.map((h) => h.visitorId(...visitor));
    expect(tomorrow[1]).toBe(tomorrow[0]);
    expect(tomorrow[0]).not.toBe(today[0]);

    await salts[0]!.refresh();
    expect(await storedDays()).toEqual(['2032-12-22', '2032-12-23']); // yesterday's salt is gone
    expect(salts[0]!.saltFor(23_000)).toBeUndefined();
    expect(salts[0]!.saltFor(23_001)).toBeDefined();
    for (const s of salts) s.close();
  });

  it('moves a hasher that drew its own salt to the shared one as soon as it is known', async () => {
    let known = false;
    const shared = await StoreSalts.open(stores[1]!, { now, refreshMs: 3_600_000 });
    const source = { saltFor: (day: number) => (known ? shared.saltFor(day) : undefined) };
    const alone = new VisitorHasher({ now, salts: source });
    const withStore = new VisitorHasher({ now, salts: shared });
    expect(alone.visitorId(...visitor)).not.toBe(withStore.visitorId(...visitor));
    known = true;
    expect(alone.visitorId(...visitor)).toBe(withStore.visitorId(...visitor));
    shared.close();
  });
});
