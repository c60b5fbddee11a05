import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../http/api-error.ts';
import type { SiteRegistry } from '../sites/site-registry.ts';
import type { Store } from '../store/create-store.ts';
import { queryEventsOverTime } from './events-over-time.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const rangeSchema = z.object({ from: day, to: day });

/** The dashboard's JSON API under `/api`. */
export function createApiRoutes({ store, sites }: { store: Store; sites: SiteRegistry }) {
  const app = new Hono();

  app.get('/sites', (c) => c.json({ sites: sites.list().map(({ key, name }) => ({ key, name })) }));

  app.get('/sites/:key/events-over-time', async (c) => {
    const key = c.req.param('key');
    if (!sites.get(key)) throw new ApiError(404, 'site_not_found', 'No such site.');
    const range = rangeSchema.safeParse(c.req.query());
    if (!range.success) throw new ApiError(400, 'invalid_range', 'from and to must be YYYY-MM-DD dates.');
    return c.json({ rows: await queryEventsOverTime(store, { siteKey: key, ...range.data }) });
  });

  return app;
}
