import type { Context, Hono } from 'hono';
import { type AuthConfig, loadConfig, type SqlConfig } from '../config.ts';
import type { SiteRegistry } from '../sites/site-registry.ts';
import { AnalystRunner } from '../sql/analyst-runner.ts';
import { createSqlRoutes } from '../sql/sql-routes.ts';
import type { Store } from '../store/create-store.ts';
import { createAdminRoutes } from './admin/admin-routes.ts';
import type { DeleteSite } from './admin/site-routes.ts';
import { createAuthDeps } from './auth-context.ts';
import { createAuthRoutes } from './auth-routes.ts';
import { dashboardSecurityHeaders } from './security-headers.ts';
import { sessionMiddleware } from './session-middleware.ts';

export interface AccessDeps {
  store: Store;
  sites: SiteRegistry;
  clientIp: (c: Context) => string;
  authConfig?: AuthConfig | undefined;
  sqlConfig?: SqlConfig | undefined;
  now?: (() => number) | undefined;
  /** The ingest pipeline's site deletion (drains the spool first); `sites.delete` when absent. */
  ingest?: { deleteSite: DeleteSite } | undefined;
  /** The connection analyst SQL runs on; give the embedded store a second connection (see AnalystRunner). */
  analystStore?: Store | undefined;
}

/**
 * Installs access control on the collector app: security headers, the session middleware that sets
 * `scope` on every `/api` request, `/api/auth/*`, `/api/admin/*` and the analyst SQL endpoint `/clickhouse`. Call it before the `/api` routes are mounted.
 *
 * @example
 * mountAccess(app, { store, sites, clientIp });
 * app.route('/api', createApiRoutes({ store, sites }));
 */
export function mountAccess(
  app: Hono,
  { authConfig, sqlConfig, now, ingest, analystStore, ...deps }: AccessDeps,
): void {
  const defaults = authConfig && sqlConfig ? undefined : loadConfig({});
  const auth = createAuthDeps({
    ...deps,
    config: authConfig ?? defaults!.auth,
    sql: sqlConfig ?? defaults!.sql,
    ...(now ? { now } : {}),
  });
  app.use('*', dashboardSecurityHeaders());
  app.use('/api/*', sessionMiddleware(auth));
  app.route('/api/auth', createAuthRoutes(auth));
  app.route('/clickhouse', createSqlRoutes(auth, new AnalystRunner(analystStore ?? deps.store)));
  app.route(
    '/api/admin',
    createAdminRoutes(auth, ingest ? (key) => ingest.deleteSite(key) : (key) => deps.sites.delete(key)),
  );
}
