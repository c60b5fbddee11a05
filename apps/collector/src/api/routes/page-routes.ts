import type { PagesResponse } from '@minwon-ux/api-contract';
import { Hono } from 'hono';
import type { Store } from '../../store/create-store.ts';
import { queryPages } from '../queries/page-metrics.ts';
import { readSiteFilters } from '../site-filters.ts';

/** `GET pages`: per-page metrics and the dwell and scroll distributions (site-wide or `?path=`). */
export function createPageRoutes({ store }: { store: Store }) {
  const app = new Hono();
  app.get('/pages', async (c) => {
    const path = (c.req.query('path') ?? '').slice(0, 500);
    const page: PagesResponse = await queryPages(store, readSiteFilters(c), path);
    return c.json(page);
  });
  return app;
}
