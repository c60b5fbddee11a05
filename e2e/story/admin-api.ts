import { TEST_ADMIN } from '@minwon-ux/collector/testing';

/** A logged-in admin session over HTTP: send `headers` with every request. */
export interface AdminSession {
  headers: Record<string, string>;
}

/** A collector API call that did not answer as expected. */
export class AdminApiError extends Error {
  readonly code = 'admin_api_failed';
}

/**
 * Logs in as the test admin over the collector's real HTTP API (`POST /api/auth/login`).
 *
 * @example
 * const admin = await loginOverHttp('http://127.0.0.1:41234');
 */
export async function loginOverHttp(collectorUrl: string): Promise<AdminSession> {
  const res = await fetch(`${collectorUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: collectorUrl },
    body: JSON.stringify(TEST_ADMIN),
  });
  if (res.status !== 200) throw new AdminApiError(`login failed: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { headers: { cookie, 'x-csrf-token': csrfToken, origin: collectorUrl } };
}

/**
 * Registers a site through the admin API (`POST /api/admin/sites`), as an admin would in Settings.
 *
 * @example
 * await registerSite(url, admin, { key: 'demo', name: '데모', origins: ['http://localhost:8790'] });
 */
export async function registerSite(
  collectorUrl: string,
  admin: AdminSession,
  site: { key: string; name: string; origins: string[] },
): Promise<void> {
  const res = await fetch(`${collectorUrl}/api/admin/sites`, {
    method: 'POST',
    headers: { ...admin.headers, 'content-type': 'application/json' },
    body: JSON.stringify(site),
  });
  if (res.status !== 201) throw new AdminApiError(`registering ${site.key} failed: ${res.status} ${await res.text()}`);
}
