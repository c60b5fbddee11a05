/** A failed call to the collector's admin API, with the API's error code. */
export class AdminApiError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'AdminApiError';
    this.status = status;
    this.code = code;
  }
}

/**
 * The CLI's way into a running collector: logs in over HTTP (the embedded store is locked by the
 * collector process) and calls the JSON API with the session cookie and CSRF token.
 *
 * @example
 * const api = await AdminClient.login('http://localhost:8787', 'admin@minwon.local', password);
 * const { users } = await api.call<{ users: unknown[] }>('GET', '/api/admin/users');
 */
export class AdminClient {
  private readonly baseUrl: string;
  private readonly cookie: string;
  private readonly csrfToken: string;

  private constructor(baseUrl: string, cookie: string, csrfToken: string) {
    this.baseUrl = baseUrl;
    this.cookie = cookie;
    this.csrfToken = csrfToken;
  }

  static async login(baseUrl: string, email: string, password: string): Promise<AdminClient> {
    const res = await fetch(new URL('/api/auth/login', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    const body = await AdminClient.parse<{ csrfToken: string; user: { mustChangePassword: boolean } }>(res);
    if (body.user.mustChangePassword) {
      throw new AdminApiError(
        403,
        'password_change_required',
        'Change the one-time password first (log in to the dashboard).',
      );
    }
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return new AdminClient(baseUrl, cookie, body.csrfToken);
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(new URL(path, this.baseUrl), {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return AdminClient.parse<T>(res);
  }

  private static async parse<T>(res: Response): Promise<T> {
    const body = (await res.json().catch(() => ({}))) as T & { error?: { code: string; message: string } };
    if (!res.ok)
      throw new AdminApiError(
        res.status,
        body.error?.code ?? 'http_error',
        body.error?.message ?? `HTTP ${res.status}`,
      );
    return body;
  }
}
