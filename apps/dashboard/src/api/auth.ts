import type { PublicUser, SessionResponse } from '@minwon-ux/api-contract';
import { apiFetch, setCsrfToken } from './client.ts';

/** The logged-in user. */
export type User = PublicUser;

/**
 * Logs in; the collector sets an HttpOnly session cookie and returns the CSRF token.
 *
 * @example
 * const user = await login('designer@agency.go.kr', 'correct horse');
 */
export async function login(email: string, password: string): Promise<User> {
  const res = await apiFetch<SessionResponse>('/api/auth/login', { method: 'POST', body: { email, password } });
  setCsrfToken(res.csrfToken);
  return res.user;
}

/** The logged-in user, or `undefined` when there is no session. */
export async function currentUser(): Promise<User | undefined> {
  try {
    const res = await apiFetch<SessionResponse>('/api/auth/me');
    setCsrfToken(res.csrfToken);
    return res.user;
  } catch {
    return undefined; // 401 or network failure: treated as logged out
  }
}

/** Ends the session. */
export async function logout(): Promise<void> {
  await apiFetch('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
  setCsrfToken('');
}
