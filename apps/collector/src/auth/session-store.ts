import type { Store } from '../store/create-store.ts';
import { toChDateTime } from './ch-time.ts';
import { hashToken, randomToken } from './secret-token.ts';
import { nextVersion } from './version-clock.ts';

/** A live dashboard session. The cookie token itself is never stored, only its SHA-256. */
export interface Session {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  createdAt: number;
  expiresAt: number;
}

interface SessionRow {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

async function write(store: Store, s: Session, revoked: boolean): Promise<void> {
  await store.client.insert({
    table: `${store.database}.sessions`,
    format: 'JSONEachRow',
    values: [
      {
        token_hash: s.tokenHash,
        user_id: s.userId,
        csrf_token: s.csrfToken,
        created_at: toChDateTime(s.createdAt),
        expires_at: toChDateTime(s.expiresAt),
        revoked: revoked ? 1 : 0,
        version: nextVersion(),
      },
    ],
  });
}

/**
 * Starts a session for a user; returns the cookie token (shown to the browser only) and the session.
 *
 * @example
 * const { token, session } = await createSession(store, user.id, 12 * 3600_000);
 */
export async function createSession(
  store: Store,
  userId: string,
  ttlMs: number,
  now = Date.now(),
): Promise<{ token: string; session: Session }> {
  const token = randomToken();
  const session = {
    tokenHash: hashToken(token),
    userId,
    csrfToken: randomToken(),
    createdAt: now,
    expiresAt: now + ttlMs,
  };
  await write(store, session, false);
  return { token, session };
}

async function select(store: Store, where: string, params: Record<string, unknown>): Promise<Session[]> {
  const result = await store.client.query({
    query: `SELECT token_hash, user_id, csrf_token,
                   toUnixTimestamp64Milli(created_at) AS created_at, toUnixTimestamp64Milli(expires_at) AS expires_at
            FROM ${store.database}.sessions FINAL
            WHERE revoked = 0 AND expires_at > now64(3) AND ${where}`,
    query_params: params,
    format: 'JSONEachRow',
  });
  return (await result.json<SessionRow>()).map((r) => ({
    tokenHash: r.token_hash,
    userId: r.user_id,
    csrfToken: r.csrf_token,
    createdAt: Number(r.created_at),
    expiresAt: Number(r.expires_at),
  }));
}

/** The live session a cookie token opens, if any (not revoked, not expired). */
export async function findSession(store: Store, token: string): Promise<Session | undefined> {
  return (await select(store, 'token_hash = {hash:String}', { hash: hashToken(token) }))[0];
}

/** Ends one session (logout). */
export async function revokeSession(store: Store, session: Session): Promise<void> {
  await write(store, session, true);
}

/** Ends every session of a user (password change, deletion, role change). */
export async function revokeUserSessions(store: Store, userId: string): Promise<void> {
  const live = await select(store, 'user_id = {id:String}', { id: userId });
  for (const session of live) await write(store, session, true);
}
