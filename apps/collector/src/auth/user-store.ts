import type { Role } from '../http/access.ts';
import type { Store } from '../store/create-store.ts';
import { nextVersion } from './version-clock.ts';

/** A dashboard/API user as the collector sees it. `passwordHash` never leaves the server. */
export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  agencyId: string;
  passwordHash: string;
  mustChangePassword: boolean;
}

interface UserRow {
  user_id: string;
  email: string;
  name: string;
  role: Role;
  agency_id: string;
  password_hash: string;
  must_change_password: number;
}

const COLUMNS = 'user_id, email, name, role, agency_id, password_hash, must_change_password';

function fromRow(r: UserRow): User {
  return {
    id: r.user_id,
    email: r.email,
    name: r.name,
    role: r.role,
    agencyId: r.agency_id,
    passwordHash: r.password_hash,
    mustChangePassword: Number(r.must_change_password) === 1,
  };
}

/** Emails compare case-insensitively: stored lower-case and trimmed. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function select(store: Store, where: string, params: Record<string, unknown>): Promise<User[]> {
  const result = await store.client.query({
    query: `SELECT ${COLUMNS} FROM ${store.database}.users FINAL WHERE deleted = 0 AND ${where} ORDER BY email`,
    query_params: params,
    format: 'JSONEachRow',
  });
  return (await result.json<UserRow>()).map(fromRow);
}

/**
 * The live (not deleted) user with this email, if any.
 *
 * @example
 * const user = await findUserByEmail(store, 'admin@minwon.local');
 */
export async function findUserByEmail(store: Store, email: string): Promise<User | undefined> {
  return (await select(store, 'email = {email:String}', { email: normalizeEmail(email) }))[0];
}

/** The live user with this id, if any. */
export async function findUserById(store: Store, id: string): Promise<User | undefined> {
  return (await select(store, 'user_id = {id:String}', { id }))[0];
}

/** Live users, of one agency or (no agency given) all of them. */
export async function listUsers(store: Store, agencyId?: string): Promise<User[]> {
  return agencyId === undefined
    ? select(store, '1', {})
    : select(store, 'agency_id = {agency:String}', { agency: agencyId });
}

/** Writes a new version of a user (create, update, or delete with `deleted: true`). */
export async function saveUser(store: Store, user: User, { deleted = false } = {}): Promise<void> {
  await store.client.insert({
    table: `${store.database}.users`,
    format: 'JSONEachRow',
    values: [
      {
        user_id: user.id,
        email: normalizeEmail(user.email),
        name: user.name,
        role: user.role,
        agency_id: user.agencyId,
        password_hash: user.passwordHash,
        must_change_password: user.mustChangePassword ? 1 : 0,
        version: nextVersion(),
        deleted: deleted ? 1 : 0,
      },
    ],
  });
}

/** Whether any user exists at all (first start creates the admin when none does). */
export async function hasAnyUser(store: Store): Promise<boolean> {
  const result = await store.client.query({
    query: `SELECT count() AS n FROM ${store.database}.users`,
    format: 'JSONEachRow',
  });
  const [row] = await result.json<{ n: string }>();
  return Number(row?.n ?? 0) > 0;
}
