import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../../http/api-error.ts';
import { findAgency, listAgencies, saveAgency } from '../agency-store.ts';
import { writeAudit } from '../audit-log.ts';
import type { AuthDeps } from '../auth-context.ts';
import { readJson } from '../read-json.ts';
import { actor, managedAgency } from './admin-scope.ts';

/** Agency ids are short slugs: they are written into sites and users. */
export const agencyIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9_-]+$/);
const createSchema = z.strictObject({ id: agencyIdSchema, name: z.string().min(1).max(200) });

/**
 * `GET/POST /api/admin/agencies`: a system admin lists and creates agencies; an agency admin sees its own.
 *
 * @example
 * admin.route('/agencies', createAgencyRoutes(auth));
 */
export function createAgencyRoutes({ store }: AuthDeps) {
  const app = new Hono();
  app.get('/', async (c) => {
    const managed = managedAgency(c);
    const agencies = await listAgencies(store);
    return c.json({ agencies: managed === undefined ? agencies : agencies.filter((a) => a.id === managed) });
  });
  app.post('/', async (c) => {
    if (managedAgency(c) !== undefined) throw new ApiError(403, 'forbidden', 'Only system admins create agencies.');
    const agency = await readJson(c, createSchema);
    if (await findAgency(store, agency.id)) throw new ApiError(409, 'agency_exists', 'This agency id is taken.');
    await saveAgency(store, agency);
    await writeAudit(store, { ...actor(c), action: 'agency_create', target: agency.id, detail: agency });
    return c.json({ agency }, 201);
  });
  return app;
}
