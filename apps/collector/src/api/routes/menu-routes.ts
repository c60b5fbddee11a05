import { Hono } from 'hono';
import type { Store } from '../../store/create-store.ts';
import { queryMenuItems } from '../queries/menu-items.ts';
import { queryMenuPaths } from '../queries/menu-paths.ts';
import { readSiteFilters } from '../site-filters.ts';

/** `GET menus`: use per menu item (hierarchy via trails) and the top click paths. */
export function createMenuRoutes({ store }: { store: Store }) {
  const app = new Hono();
  app.get('/menus', async (c) => {
    const filters = readSiteFilters(c);
    const items = await queryMenuItems(store, filters);
    const paths = await queryMenuPaths(store, filters);
    return c.json({ items, paths });
  });
  return app;
}
