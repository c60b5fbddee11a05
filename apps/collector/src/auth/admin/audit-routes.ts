import { Hono } from 'hono';
import { z } from 'zod';
import { listAudit } from '../audit-log.ts';
import type { AuthDeps } from '../auth-context.ts';
import { managedAgency } from './admin-scope.ts';

const querySchema = z.object({
  action: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

/**
 * `GET /api/admin/audit?action=&limit=`: the newest audit entries of the admin's agency (all for a
 * system admin).
 *
 * @example
 * admin.route('/audit', createAuditRoutes(auth));
 */
export function createAuditRoutes({ store }: AuthDeps) {
  const app = new Hono();
  app.get('/', async (c) => {
    const q = querySchema.safeParse(c.req.query());
    const { action, limit } = q.success ? q.data : { action: undefined, limit: 200 };
    const agencyId = managedAgency(c);
    const entries = await listAudit(store, {
      limit,
      ...(agencyId !== undefined ? { agencyId } : {}),
      ...(action ? { action } : {}),
    });
    return c.json({ entries });
  });
  return app;
}
