import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryMenuItems } from '../../../test/reference/menu-items.ts';
import { queryMenuPaths } from '../../../test/reference/menu-paths.ts';
import { SEEDED_WEEK, startDemoWeekCollector } from '../../insights/fixtures/seeded-collectors.ts';
import type { QueryFilters } from '../../insights/types.ts';
import type { TestCollector } from '../../testing.ts';
import { archivedMenus } from './archived-menus.ts';

let collector: TestCollector;
const range = SEEDED_WEEK;

beforeAll(async () => {
  collector = await startDemoWeekCollector();
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
