import type { Context } from 'hono';
import { ApiError } from '../http/api-error.ts';
import { writeAudit } from './audit-log.ts';
import type { AuthDeps } from './auth-context.ts';
import { assertCsrfToken, assertSameOrigin, isStateChanging } from './csrf.ts';
import { scopeForUser } from './scope.ts';
import { hashToken, safeEqual } from './secret-token.ts';
import { readSessionCookie } from './session-cookie.ts';
import { findSession } from './session-store.ts';
import { SQL_ROLES } from './sql-roles.ts';
import { findApiToken, findUserApiTokens } from './token-store.ts';
import { findUserByEmail, findUserById, normalizeEmail, type User } from './user-store.ts';

/** The caller of an analyst query, as `sql/sql-access.ts` declares it (matched structurally). */
interface AnalystCaller {
  userId: string;
  email: string;
  agencyId: string;
  siteKeys: ReadonlySet<string>;
  via: string;
}

function credentials(c: Context): { name: string; key: string } | undefined {
  const header = c.req.header('authorization');
  if (header?.toLowerCase().startsWith('basic ')) {
    const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) return { name: decoded.slice(0, colon), key: decoded.slice(colon + 1) };
  }
  const name = c.req.header('x-clickhouse-user') ?? c.req.query('user');
  const key = c.req.header('x-clickhouse-key') ?? c.req.query('password');
  return name && key ? { name, key } : undefined;
}

async function byToken(
  auth: AuthDeps,
  name: string,
  key: string,
): Promise<{ user: User; tokenId: string } | undefined> {
  const hash = hashToken(key);
  if (name.startsWith('tok_')) {
    const token = await findApiToken(auth.store, name);
    const user = token && safeEqual(token.secretHash, hash) ? await findUserById(auth.store, token.userId) : undefined;
    return user && token ? { user, tokenId: token.id } : undefined;
  }
  const user = await findUserByEmail(auth.store, name);
  const token = user
    ? (await findUserApiTokens(auth.store, user.id)).find((t) => safeEqual(t.secretHash, hash))
    : undefined;
  return user && token ? { user, tokenId: token.id } : undefined;
}

function unauthorized(message: string): ApiError {
  return new ApiError(401, 'authentication_failed', message);
}

/**
 * The analyst-SQL side of authentication, for `sql/` (which declares the interface and never imports
 * `auth/`): an API token by Basic auth, `X-ClickHouse-User`/`X-ClickHouse-Key` or `user`/`password`
 * URL parameters (user = token id or the owner's email, key = token secret), else — where allowed —
 * a dashboard session (a POST needs its CSRF token). Only analysts and admins. Failed token attempts
 * count against the login limiters per IP and per user name: past them the caller gets 429 with
 * `Retry-After`, whichever port it came through. Audits every query.
 *
 * @example
 * const access = createSqlAccess(auth);
 * const caller = await access.authenticate(c, { allowSession: true });
 */
export function createSqlAccess(auth: AuthDeps) {
  async function authenticateUser(c: Context, allowSession: boolean): Promise<{ user: User; via: string }> {
    const given = credentials(c);
    if (given) {
      const ipKey = `sql-ip:${auth.clientIp(c)}`;
      const nameKey = `sql-user:${normalizeEmail(given.name.slice(0, 256))}`;
      const wait = Math.max(auth.ipLimiter.retryAfterMs(ipKey), auth.accountLimiter.retryAfterMs(nameKey));
      if (wait > 0) {
        throw new ApiError(429, 'too_many_attempts', 'Too many failed sign-ins; try again later.', {
          headers: { 'Retry-After': String(Math.max(1, Math.ceil(wait / 1000))) },
        });
      }
      const found = await byToken(auth, given.name, given.key);
      if (!found) {
        auth.ipLimiter.hit(ipKey);
        auth.accountLimiter.hit(nameKey);
        throw unauthorized(`${given.name.slice(0, 64)}: Authentication failed: token id or secret is wrong.`);
      }
      auth.accountLimiter.reset(nameKey);
      return { user: found.user, via: `token:${found.tokenId}` };
    }
    const token = allowSession ? readSessionCookie(c) : undefined;
    const session = token ? await findSession(auth.store, token) : undefined;
    if (session && isStateChanging(c.req.method)) {
      assertSameOrigin(c);
      assertCsrfToken(c, session.csrfToken);
    }
    const user = session ? await findUserById(auth.store, session.userId) : undefined;
    if (!user)
      throw unauthorized('Authenticate with an API token: user = token id or e-mail, password = token secret.');
    if (user.mustChangePassword) throw new ApiError(403, 'access_denied', 'Change your one-time password first.');
    return { user, via: 'session' };
  }

  return {
    async authenticate(c: Context, { allowSession }: { allowSession: boolean }): Promise<AnalystCaller> {
      const { user, via } = await authenticateUser(c, allowSession);
      if (!SQL_ROLES.includes(user.role))
        throw new ApiError(403, 'access_denied', 'Only analysts and admins may run SQL.');
      const { siteKeys } = scopeForUser(user, auth.sites);
      return { userId: user.id, email: user.email, agencyId: user.agencyId, siteKeys, via };
    },
    audit(
      caller: AnalystCaller,
      { outcome, query, detail }: { outcome: 'ok' | 'denied'; query: string; detail: Record<string, unknown> },
    ): Promise<void> {
      return writeAudit(auth.store, {
        userId: caller.userId,
        email: caller.email,
        agencyId: caller.agencyId,
        action: 'sql_query',
        target: caller.via,
        outcome,
        detail: { query: query.slice(0, 2000), ...detail },
      });
    },
  };
}
