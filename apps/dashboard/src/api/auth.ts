import { apiFetch, setCsrfToken } from './client.ts';

export interface User {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'designer' | 'analyst';
  agencyId: string;
  mustChangePassword: boolean;
}

interface SessionResponse {
  user: User;
  csrfToken: string;
}

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
