import type { MenusResponse } from '@minwon-ux/api-contract';
import { Hono } from 'hono';
import type { InsightsConfig } from '../../config.ts';
import type { Store } from '../../store/create-store.ts';
import { archivedMenus } from '../queries/archived-menus.ts';
import { readSiteFilters } from '../site-filters.ts';

/**
 * `GET menus`: use per menu item (hierarchy via trails) and the top click paths, from the insight
 * archive (with `archivedAt`).
 */
export function createMenuRoutes({ store, insights }: { store: Store; insights?: InsightsConfig | undefined }) {
  const app = new Hono();
  app.get('/menus', async (c) => {
    const page: MenusResponse = await archivedMenus(store, readSiteFilters(c), insights?.archiveMaxAgeMs);
    return c.json(page);
  });
  return app;
}
