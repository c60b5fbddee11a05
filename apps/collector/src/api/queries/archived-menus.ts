import type { MenusResponse } from '@minwon-ux/api-contract';
import { archivedInputs } from '../../insights/archive/archived-inputs.ts';
import { inputsOf } from '../../insights/archive/input-rows.ts';
import type { QueryFilters } from '../../insights/types.ts';
import { compareBytes, compareStringArrays } from '../../store/clickhouse-order.ts';
import type { Store } from '../../store/create-store.ts';

/** The menus page: the contract's `MenusResponse`. */
export type MenusPage = MenusResponse;

/**
 * The menus page from the insight archive's `menu_use` and `menu_path` inputs: the figures, order and
 * limits of queryMenuItems and queryMenuPaths in one read of the archive instead of a rollup query and
 * a pass over every session's facts.
 *
 * @example
 * const page = await archivedMenus(store, { site: 'demo', from: '2026-11-01', to: '2026-11-30', device: '' });
 */
export async function archivedMenus(store: Store, f: QueryFilters, maxAgeMs?: number): Promise<MenusPage> {
  const { rows, archivedAt } = await archivedInputs(store, f, ['menu_use', 'menu_path'], maxAgeMs);
  const items = inputsOf(rows, 'menu_use')
    .map((r) => ({
      trail: r.key.slice(1, -1),
      label: r.key.at(-1)!,
      depth: Number(r.key[0]),
      target: r.label,
      ...r.counts,
    }))
    .filter((i) => i.opens + i.clicks > 0) // known only from the look-back days
    .sort(
      (a, b) =>
        b.clicks + b.opens - (a.clicks + a.opens) ||
        compareBytes(a.label, b.label) ||
        compareStringArrays(a.trail, b.trail) ||
        a.depth - b.depth,
    )
    .slice(0, 500);
  const paths = inputsOf(rows, 'menu_path')
    .map((r) => ({ labels: r.key, sessions: r.counts.sessions }))
    .sort((a, b) => b.sessions - a.sessions || compareStringArrays(a.labels, b.labels))
    .slice(0, 15);
  return { items, paths, archivedAt };
}
