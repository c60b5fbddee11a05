import type { Context, Hono } from 'hono';
import { type AuthConfig, loadConfig, type SqlConfig } from '../config.ts';
import type { SiteRegistry } from '../sites/site-registry.ts';
import type { Store } from '../store/create-store.ts';
import { type AuthDeps, createAuthDeps } from './auth-context.ts';
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
}

/**
 * Installs access control on the collector app: security headers, the session middleware that sets
 * `scope` on every `/api` request, and `/api/auth/*`. Returns the auth dependencies (limiters, store,
 * sites) that `app.ts` hands to `/api/admin` and, through `createSqlAccess`, to analyst SQL. Call it
 * before the `/api` routes are mounted.
 *
 * @example
 * const auth = mountAccess(app, { store, sites, clientIp });
 * app.route('/api/admin', createAdminRoutes(auth, { deleteSite, listAnalystTables }));
 */
export function mountAccess(app: Hono, { authConfig, sqlConfig, now, ...deps }: AccessDeps): AuthDeps {
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
  return auth;
}
