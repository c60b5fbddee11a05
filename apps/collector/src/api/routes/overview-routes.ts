import type { EventsOverTimeResponse, OverviewResponse } from '@minwon-ux/api-contract';
import { Hono } from 'hono';
import type { Store } from '../../store/create-store.ts';
import { queryEventsPerDay } from '../queries/events-per-day.ts';
import { queryOverviewKpis } from '../queries/overview-kpis.ts';
import { readSiteFilters } from '../site-filters.ts';

/** `GET overview` (KPIs) and `GET events-over-time` (events per day and kind), both from rollups. */
export function createOverviewRoutes({ store }: { store: Store }) {
  const app = new Hono();
  app.get('/overview', async (c) => {
    const filters = readSiteFilters(c);
    return c.json({ kpis: await queryOverviewKpis(store, filters) } satisfies OverviewResponse);
  });
  app.get('/events-over-time', async (c) => {
    const filters = readSiteFilters(c);
    return c.json({ rows: await queryEventsPerDay(store, filters) } satisfies EventsOverTimeResponse);
  });
  return app;
}
