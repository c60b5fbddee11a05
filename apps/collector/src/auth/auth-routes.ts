import type { SessionResponse } from '@minwon-ux/api-contract';
import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../http/api-error.ts';
import { writeAudit } from './audit-log.ts';
import type { AuthDeps } from './auth-context.ts';
import { logIn } from './login.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { assertPasswordPolicy } from './password-policy.ts';
import { toPublicUser } from './public-user.ts';
import { readJson } from './read-json.ts';
import { clearSessionCookie, setSessionCookie } from './session-cookie.ts';
import { createSession, revokeSession, revokeUserSessions } from './session-store.ts';
import { saveUser } from './user-store.ts';

const loginSchema = z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024) });
const passwordSchema = z.object({ current: z.string().min(1).max(1024), next: z.string().max(1024) });

/**
 * `/api/auth/*`: login (sets `mux_session`), logout, me, password change.
 *
 * @example
 * app.route('/api/auth', createAuthRoutes(auth));
 */
export function createAuthRoutes(auth: AuthDeps) {
  const app = new Hono();
  const { store, config } = auth;

  app.post('/login', async (c) => {
    const { email, password } = await readJson(c, loginSchema);
    const { user, token, session } = await logIn(auth, { email, password, ip: auth.clientIp(c) });
    setSessionCookie(c, token, { maxAgeMs: config.sessionTtlMs, forceSecure: config.cookieSecure });
    return c.json({ user: toPublicUser(user), csrfToken: session.csrfToken } satisfies SessionResponse);
  });

  app.post('/logout', async (c) => {
    const session = c.get('session');
    const user = c.get('authUser');
    if (session) await revokeSession(store, session);
    clearSessionCookie(c);
    await writeAudit(store, { userId: user.id, email: user.email, agencyId: user.agencyId, action: 'logout' });
    return c.json({ ok: true });
  });

  app.get('/me', (c) => {
    const session = c.get('session');
    if (!session) throw new ApiError(401, 'unauthorized', 'Log in first.');
    return c.json({ user: toPublicUser(c.get('authUser')), csrfToken: session.csrfToken } satisfies SessionResponse);
  });

  app.post('/password', async (c) => {
    const user = c.get('authUser');
    const { current, next } = await readJson(c, passwordSchema);
    const audit = { userId: user.id, email: user.email, agencyId: user.agencyId, action: 'password_change' };
    if (!(await verifyPassword(current, user.passwordHash))) {
      await writeAudit(store, { ...audit, outcome: 'failed' });
      throw new ApiError(403, 'invalid_credentials', 'The current password is wrong.');
    }
    assertPasswordPolicy(next);
    if (next === current) throw new ApiError(400, 'weak_password', 'Choose a password different from the current one.');
    const updated = { ...user, passwordHash: await hashPassword(next), mustChangePassword: false };
    await saveUser(store, updated);
    await revokeUserSessions(store, user.id);
    const { token, session } = await createSession(store, user.id, config.sessionTtlMs, auth.now());
    setSessionCookie(c, token, { maxAgeMs: config.sessionTtlMs, forceSecure: config.cookieSecure });
    await writeAudit(store, audit);
    return c.json({ user: toPublicUser(updated), csrfToken: session.csrfToken } satisfies SessionResponse);
  });

  return app;
}
