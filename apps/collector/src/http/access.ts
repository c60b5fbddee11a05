import type { Role } from '@minwon-ux/api-contract';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.ts';

export { ROLES, type Role } from '@minwon-ux/api-contract';

/**
 * Who is asking and which sites they may see: set by the authentication middleware for every
 * `/api` request, read by every query. Site ids sent by the client are checked against it, never trusted.
 */
export interface AccessScope {
  userId: string;
  role: Role;
  agencyId: string;
  /** Site keys this user may read. */
  siteKeys: ReadonlySet<string>;
}

declare module 'hono' {
  interface ContextVariableMap {
    scope: AccessScope;
  }
}

/** The authenticated scope of this request, or 401. */
export function getScope(c: Context): AccessScope {
  const scope = c.get('scope');
  if (!scope) throw new ApiError(401, 'unauthorized', 'Log in first.');
  return scope;
}

/**
 * Checks that the authenticated user may read `siteKey`. Unknown and forbidden sites answer the same
 * 404 so a probe cannot learn which site keys exist.
 *
 * @example
 * const siteKey = assertSiteAccess(c, c.req.param('site'));
 */
export function assertSiteAccess(c: Context, siteKey: string): string {
  if (!getScope(c).siteKeys.has(siteKey)) throw new ApiError(404, 'site_not_found', 'No such site.');
  return siteKey;
}

/** Refuses the request unless the user has one of `roles`. */
export function requireRole(...roles: Role[]): MiddlewareHandler {
  return async function requireRoleMiddleware(c, next) {
    if (!roles.includes(getScope(c).role)) throw new ApiError(403, 'forbidden', 'Your role may not do this.');
    await next();
  };
}
