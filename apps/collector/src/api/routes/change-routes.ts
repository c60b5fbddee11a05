import type { ChangeResponse, ChangesResponse, ComparisonResponse } from '@minwon-ux/api-contract';
import { DEVICES } from '@minwon-ux/schema';
import { Hono } from 'hono';
import { z } from 'zod';
import { assertSiteAccess, getScope, requireRole } from '../../http/access.ts';
import { ApiError } from '../../http/api-error.ts';
import { addChange, changeInputSchema, deleteChange, listChanges } from '../../insights/changes/change-store.ts';
import { compareChange } from '../../insights/changes/compare-change.ts';
import type { Store } from '../../store/create-store.ts';

const compareQuery = z.object({
  days: z.coerce.number().int().min(1).max(90).default(14),
  device: z.enum(['', ...DEVICES]).default(''),
});

/**
 * `GET changes`, `POST changes` (designers and admins), `DELETE changes/:id`, and
 * `GET changes/:id/compare?days=14&device=` (before/after with significance tests).
 */
export function createChangeRoutes({ store }: { store: Store }) {
  const app = new Hono();
  app.get('/changes', async (c) => {
    const site = assertSiteAccess(c, c.req.param('site') ?? '');
    return c.json({ changes: await listChanges(store, site) } satisfies ChangesResponse);
  });
  app.post('/changes', requireRole('admin', 'designer'), async (c) => {
    const site = assertSiteAccess(c, c.req.param('site') ?? '');
    const body = changeInputSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) {
      throw new ApiError(
        400,
        'invalid_change',
        'changedOn (YYYY-MM-DD), scope (page|form|field|menu) and target are required.',
      );
    }
    return c.json(
      { change: await addChange(store, site, body.data, getScope(c).userId) } satisfies ChangeResponse,
      201,
    );
  });
  app.delete('/changes/:id', requireRole('admin', 'designer'), async (c) => {
    const site = assertSiteAccess(c, c.req.param('site') ?? '');
    const [change] = await listChanges(store, site, c.req.param('id'));
    if (!change) throw new ApiError(404, 'change_not_found', 'No such change.');
    await deleteChange(store, site, change);
    return c.json({ ok: true });
  });
  app.get('/changes/:id/compare', async (c) => {
    const site = assertSiteAccess(c, c.req.param('site') ?? '');
    const q = compareQuery.safeParse(c.req.query());
    if (!q.success) throw new ApiError(400, 'invalid_query', `days 1–90; device one of ${DEVICES.join(', ')}.`);
    const [change] = await listChanges(store, site, c.req.param('id'));
    if (!change) throw new ApiError(404, 'change_not_found', 'No such change.');
    return c.json({ comparison: await compareChange(store, change, { site, ...q.data }) } satisfies ComparisonResponse);
  });
  return app;
}
