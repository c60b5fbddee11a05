import type { Context } from 'hono';
import type { AuthDeps } from '../auth/auth-context.ts';
import { assertCsrfToken, assertSameOrigin, isStateChanging } from '../auth/csrf.ts';
import { scopeForUser } from '../auth/scope.ts';
import { hashToken, safeEqual } from '../auth/secret-token.ts';
import { readSessionCookie } from '../auth/session-cookie.ts';
import { findSession } from '../auth/session-store.ts';
import { SQL_ROLES } from '../auth/sql-roles.ts';
import { findApiToken, findUserApiTokens } from '../auth/token-store.ts';
import { findUserByEmail, findUserById, type User } from '../auth/user-store.ts';
import type { AccessScope } from '../http/access.ts';
import { SqlError } from './sql-error.ts';

export interface SqlCaller {
  user: User;
  scope: AccessScope;
  /** `token:<id>` or `session`. */
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

/**
 * Authenticates a `/clickhouse` request: an analyst API token by Basic auth, `X-ClickHouse-User`/
 * `X-ClickHouse-Key` or `user`/`password` parameters (user = token id or the owner's email, key =
 * token secret), else a dashboard session (POST needs its CSRF token). Only analysts and admins.
 *
 * @example
 * const { user, scope } = await authenticateSql(auth, c);
 */
export async function authenticateSql(auth: AuthDeps, c: Context): Promise<SqlCaller> {
  const given = credentials(c);
  let user: User | undefined;
  let via = 'session';
  if (given) {
    const found = await byToken(auth, given.name, given.key);
    if (!found)
      throw new SqlError(
        401,
        'AUTHENTICATION_FAILED',
        `${given.name.slice(0, 64)}: Authentication failed: token id or secret is wrong.`,
      );
    user = found.user;
    via = `token:${found.tokenId}`;
  } else {
    const token = readSessionCookie(c);
    const session = token ? await findSession(auth.store, token) : undefined;
    if (session && isStateChanging(c.req.method)) {
      assertSameOrigin(c);
      assertCsrfToken(c, session.csrfToken);
    }
    user = session ? await findUserById(auth.store, session.userId) : undefined;
    if (!user)
      throw new SqlError(
        401,
        'AUTHENTICATION_FAILED',
        'Authenticate with an API token (Basic auth or X-ClickHouse-User/Key).',
      );
    if (user.mustChangePassword) throw new SqlError(403, 'ACCESS_DENIED', 'Change your one-time password first.');
  }
  if (!SQL_ROLES.includes(user.role)) throw new SqlError(403, 'ACCESS_DENIED', 'Only analysts and admins may run SQL.');
  return { user, scope: scopeForUser(user, auth.sites), via };
}
