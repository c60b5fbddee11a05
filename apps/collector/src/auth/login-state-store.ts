import type { Store } from '../store/create-store.ts';
import { toChDateTime } from './ch-time.ts';
import { nextVersion } from './version-clock.ts';

/** Consecutive failed logins of a user and when a lock-out ends (epoch ms, 0 when not locked). */
export interface LoginState {
  failedAttempts: number;
  lockedUntil: number;
}

/**
 * The login state of a user; a user who never failed has `{ failedAttempts: 0, lockedUntil: 0 }`.
 *
 * @example
 * const { lockedUntil } = await getLoginState(store, user.id);
 */
export async function getLoginState(store: Store, userId: string): Promise<LoginState> {
  const result = await store.client.query({
    query: `SELECT failed_attempts, toUnixTimestamp64Milli(locked_until) AS locked_until
            FROM ${store.database}.login_state FINAL WHERE user_id = {id:String}`,
    query_params: { id: userId },
    format: 'JSONEachRow',
  });
  const [row] = await result.json<{ failed_attempts: number; locked_until: string }>();
  return { failedAttempts: Number(row?.failed_attempts ?? 0), lockedUntil: Number(row?.locked_until ?? 0) };
}

/** Records a new login state for a user (a success or an unlock writes zeros). */
export async function saveLoginState(store: Store, userId: string, state: LoginState): Promise<void> {
  await store.client.insert({
    table: `${store.database}.login_state`,
    format: 'JSONEachRow',
    values: [
      {
        user_id: userId,
        failed_attempts: state.failedAttempts,
        locked_until: toChDateTime(state.lockedUntil),
        version: nextVersion(),
      },
    ],
  });
}
