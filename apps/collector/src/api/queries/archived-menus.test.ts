import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvents } from '../../ingest/insert-events.ts';
import { buildComplaintSessions } from '../../insights/fixtures/complaint-sessions.ts';
import type { QueryFilters } from '../../insights/types.ts';
import { startTestCollector, type TestCollector } from '../../testing.ts';
import { archivedMenus } from './archived-menus.ts';
import { queryMenuItems } from './menu-items.ts';
import { queryMenuPaths } from './menu-paths.ts';

let collector: TestCollector;
const range = { from: '2026-11-02', to: '2026-11-08' };

beforeAll(async () => {
  collector = await startTestCollector({
    sites: [{ key: 'demo', name: 'Demo', origins: ['https://a.example.go.kr'] }],
  });
  const base = { site: 'demo', sessions: 150, startDay: range.from, days: 7 };
  await insertEvents(collector.runtime.store, buildComplaintSessions({ ...base, seed: 3, problems: true }));
});
afterAll(() => collector.close());

describe('archivedMenus', () => {
  it.each<[string, QueryFilters]>([
    ['all devices', { site: 'demo', ...range, device: '' }],
    ['mobile', { site: 'demo', ...range, device: 'mobile' }],
    ['one day', { site: 'demo', from: '2026-11-05', to: '2026-11-05', device: '' }],
    ['an empty range', { site: 'demo', from: '2026-12-01', to: '2026-12-02', device: '' }],
  ])('gives the menus page’s rollup queries’ figures (%s)', async (_, f) => {
    const { store } = collector.runtime;
    const page = await archivedMenus(store, f);
    expect(page.items).toEqual(await queryMenuItems(store, f));
    expect(page.paths).toEqual(await queryMenuPaths(store, f));
    if (f.from === range.from) {
      expect(page.items.length).toBeGreaterThan(3);
      expect(page.paths.length).toBeGreaterThan(1);
      expect(page.archivedAt).not.toBeNull();
    }
  });
});
