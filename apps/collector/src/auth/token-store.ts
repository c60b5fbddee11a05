import type { Store } from '../store/create-store.ts';
import { toChDateTime } from './ch-time.ts';
import { hashToken, randomId, randomToken } from './secret-token.ts';
import { nextVersion } from './version-clock.ts';

/** An analyst API token (without its secret, which is shown once and stored only as SHA-256). */
export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  createdAt: string;
  expiresAt: string;
}

interface TokenRow extends ApiToken {
  secretHash: string;
}

async function select(store: Store, where: string, params: Record<string, unknown>): Promise<TokenRow[]> {
  const result = await store.client.query({
    query: `SELECT token_id AS id, user_id AS userId, name, secret_hash AS secretHash,
                   toString(created_at) AS createdAt, toString(expires_at) AS expiresAt
            FROM ${store.database}.api_tokens FINAL
            WHERE revoked = 0 AND expires_at > now64(3) AND ${where} ORDER BY created_at`,
    query_params: params,
    format: 'JSONEachRow',
  });
  return result.json<TokenRow>();
}

/**
 * Creates a token for a user; returns it with its secret (the only time the secret exists in clear).
 *
 * @example
 * const { token, secret } = await createApiToken(store, { userId, name: 'notebook', ttlDays: 90 });
 */
export async function createApiToken(
  store: Store,
  { userId, name, ttlDays }: { userId: string; name: string; ttlDays: number },
  now = Date.now(),
): Promise<{ token: ApiToken; secret: string }> {
  const id = randomId('tok');
  const secret = randomToken();
  const createdAt = toChDateTime(now);
  const expiresAt = toChDateTime(now + ttlDays * 86_400_000);
  await store.client.insert({
    table: `${store.database}.api_tokens`,
    format: 'JSONEachRow',
    values: [
      {
        token_id: id,
        user_id: userId,
        name,
        secret_hash: hashToken(secret),
        created_at: createdAt,
        expires_at: expiresAt,
        version: nextVersion(),
      },
    ],
  });
  return { token: { id, userId, name, createdAt, expiresAt }, secret };
}

/** Live tokens of the given users. */
export async function listApiTokens(store: Store, userIds: readonly string[]): Promise<ApiToken[]> {
  const rows = await select(store, 'has({users:Array(String)}, user_id)', { users: userIds });
  return rows.map(({ secretHash: _, ...token }) => token);
}

/** Live token by id, with its secret hash (for authentication). */
export async function findApiToken(store: Store, id: string): Promise<TokenRow | undefined> {
  return (await select(store, 'token_id = {id:String}', { id }))[0];
}

/** Live tokens of one user, with their secret hashes (authentication by email). */
export async function findUserApiTokens(store: Store, userId: string): Promise<TokenRow[]> {
  return select(store, 'user_id = {id:String}', { id: userId });
}

/** Revokes a token; false when it does not exist or is already revoked. */
export async function revokeApiToken(store: Store, id: string): Promise<boolean> {
  const db = store.database;
  const existing = await findApiToken(store, id);
  if (!existing) return false;
  await store.client.command({
    query: `INSERT INTO ${db}.api_tokens (token_id, user_id, name, secret_hash, created_at, expires_at, revoked, version)
            SELECT token_id, user_id, name, secret_hash, created_at, expires_at, 1, {version:UInt64}
            FROM ${db}.api_tokens FINAL WHERE token_id = {id:String}`,
    query_params: { id, version: nextVersion() },
  });
  return true;
}
