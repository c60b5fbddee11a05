import { Hono } from 'hono';
import { z } from 'zod';
import { assertSiteAccess, getScope } from '../http/access.ts';
import { ApiError } from '../http/api-error.ts';
import type { SiteRegistry } from '../sites/site-registry.ts';
import type { Store } from '../store/create-store.ts';
import { queryEventsOverTime } from './events-over-time.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const rangeSchema = z.object({ from: day, to: day });

/** The dashboard's JSON API under `/api`. */
export function createApiRoutes({ store, sites }: { store: Store; sites: SiteRegistry }) {
  const app = new Hono();

  app.get('/sites', (c) => {
    const { siteKeys } = getScope(c);
    const visible = sites.list().filter((s) => siteKeys.has(s.key));
    return c.json({ sites: visible.map(({ key, name }) => ({ key, name })) });
  });

  app.get('/sites/:key/events-over-time', async (c) => {
    const key = assertSiteAccess(c, c.req.param('key'));
    const range = rangeSchema.safeParse(c.req.query());
    if (!range.success) throw new ApiError(400, 'invalid_range', 'from and to must be YYYY-MM-DD dates.');
    return c.json({ rows: await queryEventsOverTime(store, { siteKey: key, ...range.data }) });
  });

  return app;
}
