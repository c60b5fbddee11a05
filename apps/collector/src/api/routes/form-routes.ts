import { Hono } from 'hono';
import type { Store } from '../../store/create-store.ts';
import { queryFormErrors } from '../queries/form-errors.ts';
import { queryFormFields } from '../queries/form-fields.ts';
import { queryFormFunnel } from '../queries/form-funnel.ts';
import { readSiteFilters } from '../site-filters.ts';

/** `GET forms`: per-form funnel, per-field metrics (funnel, errors, hesitation), error table, steps. */
export function createFormRoutes({ store }: { store: Store }) {
  const app = new Hono();
  app.get('/forms', async (c) => {
    const filters = readSiteFilters(c);
    const { forms, steps } = await queryFormFunnel(store, filters);
    const fields = await queryFormFields(store, filters);
    const errors = await queryFormErrors(store, filters);
    return c.json({ forms, fields, errors, steps });
  });
  return app;
}
