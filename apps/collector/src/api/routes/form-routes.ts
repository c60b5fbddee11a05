import type { FormsResponse } from '@minwon-ux/api-contract';
import { Hono } from 'hono';
import type { InsightsConfig } from '../../config.ts';
import type { Store } from '../../store/create-store.ts';
import { archivedForms } from '../queries/archived-forms.ts';
import { readSiteFilters } from '../site-filters.ts';

/**
 * `GET forms`: per-form funnel, per-field metrics (funnel, errors, hesitation), error table, steps,
 * from the insight archive (with `archivedAt`).
 */
export function createFormRoutes({ store, insights }: { store: Store; insights?: InsightsConfig | undefined }) {
  const app = new Hono();
  app.get('/forms', async (c) => {
    const page: FormsResponse = await archivedForms(store, readSiteFilters(c), insights?.archiveMaxAgeMs);
    return c.json(page);
  });
  return app;
}
