import type { SharingResponse } from '@minwon-ux/api-contract';
import { Hono } from 'hono';
import { z } from 'zod';
import { actor, managesAgency } from '../auth/admin/admin-scope.ts';
import { findAgency } from '../auth/agency-store.ts';
import { writeAudit } from '../auth/audit-log.ts';
import { readJson } from '../auth/read-json.ts';
import { requireRole } from '../http/access.ts';
import { ApiError } from '../http/api-error.ts';
import type { Store } from '../store/create-store.ts';
import { getSharing, saveSharing } from './sharing-store.ts';

const sharingSchema = z.strictObject({ enabled: z.boolean(), showName: z.boolean() });

/**
 * `GET`/`PUT /api/admin/agencies/{id}/sharing` (contract): an agency's opt-in to joint benchmarks,
 * `{ enabled, showName }`, off by default. A system admin or that agency's admin; 403 for anyone else,
 * 400 for a bad body, 404 for an unknown agency. Every change is audited (`agency_sharing`).
 *
 * @example
 * app.route('/api/admin/agencies', createSharingAdminRoutes(store));
 */
export function createSharingAdminRoutes(store: Store) {
  const app = new Hono();
  app.use('*', requireRole('admin'));
  const agencyOf = async (id: string) => {
    const agency = await findAgency(store, id);
    if (!agency) throw new ApiError(404, 'not_found', 'No such agency.');
    return agency;
  };
  app.get('/:id/sharing', async (c) => {
    const id = c.req.param('id');
    if (!managesAgency(c, id)) throw new ApiError(403, 'forbidden', 'Only this agency’s admins may see its sharing.');
    await agencyOf(id);
    return c.json({ sharing: await getSharing(store, id) } satisfies SharingResponse);
  });
  app.put('/:id/sharing', async (c) => {
    const id = c.req.param('id');
    if (!managesAgency(c, id)) {
      await writeAudit(store, { ...actor(c), action: 'agency_sharing', target: id, outcome: 'denied' });
      throw new ApiError(403, 'forbidden', 'Only this agency’s admins may change its sharing.');
    }
    const choice = await readJson(c, sharingSchema);
    await agencyOf(id);
    const sharing = await saveSharing(store, id, choice);
    await writeAudit(store, { ...actor(c), action: 'agency_sharing', target: id, detail: choice });
    return c.json({ sharing } satisfies SharingResponse);
  });
  return app;
}
