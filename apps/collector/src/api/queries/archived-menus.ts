import { archivedInputs } from '../../insights/archive/archived-inputs.ts';
import type { QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';
import type { MenuItemUse } from './menu-items.ts';
import type { MenuPath } from './menu-paths.ts';

export interface MenusPage {
  items: MenuItemUse[];
  paths: MenuPath[];
  /** When the oldest archive run the figures rest on ran (ISO time); null when the range has no events. */
  archivedAt: string | null;
}

/** ClickHouse's String order (bytes). */
function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** ClickHouse's Array(String) order: element by element, a prefix first. */
function byArray(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = byBytes(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

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
  const count = (counts: number[], i: number) => Number(counts[i] ?? 0);
  const items = rows
    .filter((r) => r.source === 'menu_use')
    .map((r) => ({
      trail: r.key.slice(1, -1),
      label: r.key.at(-1)!,
      depth: Number(r.key[0]),
      target: r.label,
      opens: count(r.counts, 0),
      clicks: count(r.counts, 1),
      sessions: count(r.counts, 2),
    }))
    .filter((i) => i.opens + i.clicks > 0) // known only from the look-back days
    .sort(
      (a, b) =>
        b.clicks + b.opens - (a.clicks + a.opens) ||
        byBytes(a.label, b.label) ||
        byArray(a.trail, b.trail) ||
        a.depth - b.depth,
    )
    .slice(0, 500);
  const paths = rows
    .filter((r) => r.source === 'menu_path')
    .map((r) => ({ labels: r.key, sessions: count(r.counts, 0) }))
    .sort((a, b) => b.sessions - a.sessions || byArray(a.labels, b.labels))
    .slice(0, 15);
  return { items, paths, archivedAt };
}
