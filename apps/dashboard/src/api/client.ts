/** A failed API call: the HTTP status and the collector's machine-readable error code. */
export class ApiCallError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiCallError';
    this.status = status;
    this.code = code;
  }
}

let csrfToken = '';
let onUnauthorized: () => void = () => {};

/** Remembers the CSRF token from login or `/api/auth/me`; sent on every state-changing request. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** What to do when the session has expired (401): the app shows the login page. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/**
 * Calls the collector's JSON API with the session cookie; adds `X-CSRF-Token` to non-GET requests.
 *
 * @example
 * const { sites } = await apiFetch<SitesResponse>('/api/sites'); // types from @minwon-ux/api-contract
 */
export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const payload = (await res.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
  if (!res.ok) {
    if (res.status === 401 && !path.startsWith('/api/auth/')) onUnauthorized();
    throw new ApiCallError(res.status, payload.error?.code ?? 'http_error', payload.error?.message ?? res.statusText);
  }
  return payload as T;
}

/** Builds a query string from defined values only. */
export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
