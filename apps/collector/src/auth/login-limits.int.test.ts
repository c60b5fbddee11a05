import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCollector, TEST_ADMIN, type TestCollector, type TestSession } from '../testing.ts';

let collector: TestCollector;
let admin: TestSession;
let userId: string;
const EMAIL = 'clerk@a.example.go.kr';
const PASSWORD = 'initial-password-1';

beforeAll(async () => {
  collector = await startTestCollector({
    env: { MINWON_LOGIN_MAX_FAILURES: '3', MINWON_LOGIN_ACCOUNT_LIMIT: '5', MINWON_LOGIN_IP_LIMIT: '8' },
    clientIp: (c) => c.req.header('x-test-ip') ?? '198.51.100.7',
  });
  admin = await collector.login();
  const res = await collector.app.request('/api/admin/users', {
    method: 'POST',
    headers: { ...admin.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, name: 'Clerk', role: 'designer', agencyId: 'system', password: PASSWORD }),
  });
  userId = ((await res.json()) as { user: { id: string } }).user.id;
});
afterAll(() => collector.close());

function login(email: string, password: string, ip: string) {
  return collector.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-ip': ip },
    body: JSON.stringify({ email, password }),
  });
}
const code = async (res: Response) => ((await res.json()) as { error?: { code: string } }).error?.code;

describe('login limits', () => {
  it('locks an account after repeated wrong passwords (423 + Retry-After), even for the right one, until unlocked', async () => {
    expect((await login(EMAIL, 'wrong-1', '10.0.0.1')).status).toBe(401);
    expect((await login(EMAIL, 'wrong-2', '10.0.0.2')).status).toBe(401);
    const locked = await login(EMAIL, 'wrong-3', '10.0.0.3');
    expect(locked.status).toBe(423);
    expect(await code(locked)).toBe('account_locked');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login(EMAIL, PASSWORD, '10.0.0.4')).status).toBe(423);
    const unlock = await collector.app.request(`/api/admin/users/${userId}`, {
      method: 'PATCH',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ unlock: true }),
    });
    expect(unlock.status).toBe(200);
    expect((await login(EMAIL, PASSWORD, '10.0.0.5')).status).toBe(200);
  });

  it('rate-limits one account across many IPs (429 too_many_attempts + Retry-After)', async () => {
    for (let i = 0; i < 5; i += 1)
      expect((await login('ghost@example.go.kr', `guess-${i}`, `10.0.1.${i}`)).status).toBe(401);
    const limited = await login('ghost@example.go.kr', 'guess-6', '10.0.1.99');
    expect(limited.status).toBe(429);
    expect(await code(limited)).toBe('too_many_attempts');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('rate-limits one IP across many accounts, then refuses even correct credentials from it', async () => {
    for (let i = 0; i < 8; i += 1)
      expect((await login(`spray-${i}@example.go.kr`, 'Password123!', '10.0.2.1')).status).toBe(401);
    expect((await login(TEST_ADMIN.email, TEST_ADMIN.password, '10.0.2.1')).status).toBe(429);
    expect((await login(TEST_ADMIN.email, TEST_ADMIN.password, '10.0.2.2')).status).toBe(200);
  });

  it('audits logins, successes and failures, without passwords', async () => {
    const res = await collector.app.request('/api/admin/audit?action=login&limit=100', { headers: admin.headers });
    const { entries } = (await res.json()) as { entries: { email: string; outcome: string; detail: string }[] };
    expect(entries.some((e) => e.email === EMAIL && e.outcome === 'failed')).toBe(true);
    expect(entries.some((e) => e.email === EMAIL && e.outcome === 'ok')).toBe(true);
    expect(entries.some((e) => e.outcome === 'denied' && e.detail.includes('rate_limited'))).toBe(true);
    const text = JSON.stringify(entries);
    for (const secret of [PASSWORD, 'wrong-1', 'guess-1', 'Password123!', TEST_ADMIN.password])
      expect(text).not.toContain(secret);
  });
});

describe('password change', () => {
  it('requires a first password change, then revokes the old session', async () => {
    const res = await login(EMAIL, PASSWORD, '10.0.3.1');
    const body = (await res.json()) as { user: { mustChangePassword: boolean }; csrfToken: string };
    expect(body.user.mustChangePassword).toBe(true);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    const headers = { cookie, 'x-csrf-token': body.csrfToken, 'content-type': 'application/json' };
    const blocked = await collector.app.request('/api/sites', { headers });
    expect(blocked.status).toBe(403);
    expect(await code(blocked)).toBe('password_change_required');
    const weak = await collector.app.request('/api/auth/password', {
      method: 'POST',
      headers,
      body: JSON.stringify({ current: PASSWORD, next: 'short' }),
    });
    expect(weak.status).toBe(400);
    const wrong = await collector.app.request('/api/auth/password', {
      method: 'POST',
      headers,
      body: JSON.stringify({ current: 'nope-nope-nope', next: 'a-much-better-password' }),
    });
    expect(wrong.status).toBe(403);
    const changed = await collector.app.request('/api/auth/password', {
      method: 'POST',
      headers,
      body: JSON.stringify({ current: PASSWORD, next: 'a-much-better-password' }),
    });
    expect(changed.status).toBe(200);
    const fresh = (changed.headers.get('set-cookie') ?? '').split(';')[0]!;
    const { csrfToken } = (await changed.json()) as { csrfToken: string };
    expect((await collector.app.request('/api/sites', { headers })).status).toBe(401);
    expect(
      (await collector.app.request('/api/sites', { headers: { cookie: fresh, 'x-csrf-token': csrfToken } })).status,
    ).toBe(200);
    expect((await login(EMAIL, 'a-much-better-password', '10.0.3.2')).status).toBe(200);
  });
});
