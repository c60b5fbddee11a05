import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../http/api-error.ts';
import type { AuthDeps } from './auth-context.ts';
import { assertCsrfToken, assertSameOrigin, isStateChanging } from './csrf.ts';
import { scopeForUser } from './scope.ts';
import { readSessionCookie } from './session-cookie.ts';
import { findSession } from './session-store.ts';
import { findUserById } from './user-store.ts';

/** Paths under `/api` that work without a session. */
const PUBLIC_PATHS = new Set(['/api/auth/login']);
/** Paths a user who must change their password may still use. */
const PASSWORD_CHANGE_PATHS = new Set(['/api/auth/me', '/api/auth/password', '/api/auth/logout']);

/**
 * Resolves the `mux_session` cookie to the user and their `AccessScope` (`c.get('scope')`) for every
 * `/api` request except login; 401 without a live session, 403 `csrf_failed` for a state-changing
 * request without the session's `X-CSRF-Token` or from another site, 403 `password_change_required`
 * until a one-time password is changed.
 *
 * @example
 * app.use('/api/*', sessionMiddleware(auth));
 */
export function sessionMiddleware(auth: AuthDeps): MiddlewareHandler {
  return async function resolveSession(c, next) {
    const path = c.req.path.replace(/\/+$/, '');
    const changing = isStateChanging(c.req.method);
    if (changing) assertSameOrigin(c);
    if (PUBLIC_PATHS.has(path)) return next();
    const token = readSessionCookie(c);
    const session = token ? await findSession(auth.store, token) : undefined;
    const user = session ? await findUserById(auth.store, session.userId) : undefined;
    if (!session || !user) throw new ApiError(401, 'unauthorized', 'Log in first.');
    if (changing) assertCsrfToken(c, session.csrfToken);
    if (user.mustChangePassword && !PASSWORD_CHANGE_PATHS.has(path)) {
      throw new ApiError(403, 'password_change_required', 'Change your one-time password first.');
    }
    c.set('authUser', user);
    c.set('session', session);
    c.set('scope', scopeForUser(user, auth.sites));
    await next();
  };
}
