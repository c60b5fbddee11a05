import { Hono } from 'hono';
import type { Store } from '../../store/create-store.ts';
import { queryPageDistributions } from '../queries/page-distributions.ts';
import { queryPageMetrics } from '../queries/page-metrics.ts';
import { readSiteFilters } from '../site-filters.ts';

/** `GET pages`: per-page metrics and the dwell and scroll distributions (site-wide or `?path=`). */
export function createPageRoutes({ store }: { store: Store }) {
  const app = new Hono();
  app.get('/pages', async (c) => {
    const filters = readSiteFilters(c);
    const path = (c.req.query('path') ?? '').slice(0, 500);
    const pages = await queryPageMetrics(store, filters);
    const distributions = await queryPageDistributions(store, filters, path);
    return c.json({ pages, distributions });
  });
  return app;
}
