import { Hono } from 'hono';
import { requireRole } from '../../http/access.ts';
import type { AuthDeps } from '../auth-context.ts';
import { createAgencyRoutes } from './agency-routes.ts';
import { createAuditRoutes } from './audit-routes.ts';
import { createGrantsRoutes, type ListAnalystTables } from './grants-routes.ts';
import { createSiteRoutes, type DeleteSite } from './site-routes.ts';
import { createTokenRoutes } from './token-routes.ts';
import { createUserRoutes } from './user-routes.ts';

/**
 * `/api/admin/*` for admins only (403 `forbidden` otherwise): agencies, users, sites, tokens, audit, ClickHouse grants.
 *
 * @example
 * app.route('/api/admin', createAdminRoutes(auth, { deleteSite: (key) => sites.delete(key), listAnalystTables }));
 */
export function createAdminRoutes(
  auth: AuthDeps,
  { deleteSite, listAnalystTables }: { deleteSite: DeleteSite; listAnalystTables: ListAnalystTables },
) {
  const app = new Hono();
  app.use('*', requireRole('admin'));
  app.route('/agencies', createAgencyRoutes(auth));
  app.route('/users', createUserRoutes(auth));
  app.route('/sites', createSiteRoutes(auth, deleteSite));
  app.route('/tokens', createTokenRoutes(auth));
  app.route('/audit', createAuditRoutes(auth));
  app.route('/clickhouse-grants', createGrantsRoutes(auth, listAnalystTables));
  return app;
}
