import type { AdminSitesResponse } from '@minwon-ux/api-contract';
import { Hono } from 'hono';
import { ApiError } from '../../http/api-error.ts';
import { siteInputSchema } from '../../sites/site.ts';
import { findAgency } from '../agency-store.ts';
import { writeAudit } from '../audit-log.ts';
import type { AuthDeps } from '../auth-context.ts';
import { readJson } from '../read-json.ts';
import { actor, assertManages, managedAgency } from './admin-scope.ts';

const createSchema = siteInputSchema.partial({ agency: true });
const patchSchema = siteInputSchema.omit({ key: true }).partial();

/** Deletes a site and its data; the ingest pipeline's version also drains its spool first. */
export type DeleteSite = (key: string) => Promise<boolean>;

/**
 * `GET/POST /api/admin/sites`, `PATCH/DELETE /api/admin/sites/:key` through the sites module. Bodies
 * are the site shape (`key`, `name`, `origins`, `agency`, `retentionDays`, `allowedParams`); an agency
 * admin's sites always belong to their agency. DELETE removes the site's data.
 *
 * @example
 * admin.route('/sites', createSiteRoutes(auth, (key) => sites.delete(key)));
 */
export function createSiteRoutes(auth: AuthDeps, deleteSite: DeleteSite) {
  const { store, sites } = auth;
  const app = new Hono();

  const resolveAgency = async (c: Parameters<typeof managedAgency>[0], agency: string | undefined) => {
    const managed = managedAgency(c);
    const target = agency ?? managed ?? '';
    if (managed !== undefined && target !== managed)
      throw new ApiError(403, 'forbidden', 'Sites belong to your agency.');
    if (target !== '' && !(await findAgency(store, target)))
      throw new ApiError(400, 'unknown_agency', 'No such agency.');
    return target;
  };
  const managedSite = (c: Parameters<typeof managedAgency>[0]) => {
    const site = sites.get(c.req.param('key') ?? '');
    assertManages(c, site?.agency, 'site');
    return site!;
  };

  app.get('/', (c) => {
    const managed = managedAgency(c);
    const list = sites.list().filter((s) => managed === undefined || s.agency === managed);
    return c.json({ sites: list.sort((a, b) => a.key.localeCompare(b.key)) } satisfies AdminSitesResponse);
  });

  app.post('/', async (c) => {
    const body = await readJson(c, createSchema);
    const agency = await resolveAgency(c, body.agency);
    await sites.refresh();
    if (sites.get(body.key)) throw new ApiError(409, 'site_exists', 'This site key is taken.');
    const [site] = await sites.upsert([{ ...body, agency }]);
    await writeAudit(store, { ...actor(c), action: 'site_create', target: body.key, detail: { ...site } });
    return c.json({ site }, 201);
  });

  app.patch('/:key', async (c) => {
    const site = managedSite(c);
    const body = await readJson(c, patchSchema);
    const agency = body.agency === undefined ? site.agency : await resolveAgency(c, body.agency);
    const [updated] = await sites.upsert([{ ...site, ...body, agency }]);
    await writeAudit(store, { ...actor(c), action: 'site_update', target: site.key, detail: body });
    return c.json({ site: updated });
  });

  app.delete('/:key', async (c) => {
    const site = managedSite(c);
    await deleteSite(site.key);
    await writeAudit(store, { ...actor(c), action: 'site_delete', target: site.key, detail: { name: site.name } });
    return c.json({ ok: true });
  });
  return app;
}
