import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCollector, TEST_ADMIN, type TestCollector } from '../testing.ts';

let collector: TestCollector;

beforeAll(async () => {
  collector = await startTestCollector({
    env: { MINWON_LOGIN_MAX_FAILURES: '3', MINWON_LOGIN_ACCOUNT_LIMIT: '5', MINWON_LOGIN_IP_LIMIT: '8' },
  });
});
afterAll(() => collector.close());

function login(email: string, password: string, ip?: string) {
  return collector.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(ip ? { 'x-test-ip': ip } : {}) },
    body: JSON.stringify({ email, password }),
  });
}

describe('POST /api/auth/login', () => {
  it('logs the admin in with an HttpOnly SameSite=Strict cookie and a CSRF token', async () => {
    const res = await login(TEST_ADMIN.email, TEST_ADMIN.password);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { user: Record<string, unknown>; csrfToken: string };
    expect(body.user).toMatchObject({
      email: TEST_ADMIN.email,
      role: 'admin',
      agencyId: 'system',
      mustChangePassword: false,
    });
    expect(body.user).not.toHaveProperty('passwordHash');
    expect(body.csrfToken.length).toBeGreaterThan(20);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^mux_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('sets Secure on https requests', async () => {
    const res = await collector.app.request('https://collector.example/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(TEST_ADMIN),
    });
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('answers 401 invalid_credentials for a wrong password or an unknown email, 400 for a bad body', async () => {
    const wrong = await login('nobody@example.go.kr', 'whatever-password');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: { code: 'invalid_credentials', message: expect.any(String) } });
    const bad = await collector.app.request('/api/auth/login', { method: 'POST', body: 'not json' });
    expect(bad.status).toBe(400);
  });
});

describe('sessions', () => {
  it('GET /api/auth/me answers the user with a session, 401 without', async () => {
    const session = await collector.login();
    const me = await collector.app.request('/api/auth/me', { headers: session.headers });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ user: { email: TEST_ADMIN.email }, csrfToken: session.csrfToken });
    expect((await collector.app.request('/api/auth/me')).status).toBe(401);
    expect((await collector.app.request('/api/auth/me', { headers: { cookie: 'mux_session=forged' } })).status).toBe(
      401,
    );
  });

  it('refuses a state-changing request without the CSRF token (403) or from another site', async () => {
    const session = await collector.login();
    const noToken = await collector.app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: session.cookie },
    });
    expect(noToken.status).toBe(403);
    expect(((await noToken.json()) as { error: { code: string } }).error.code).toBe('csrf_failed');
    const wrongToken = await collector.app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': 'nope' },
    });
    expect(wrongToken.status).toBe(403);
    const crossSite = await collector.app.request('/api/auth/logout', {
      method: 'POST',
      headers: { ...session.headers, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
  });

  it('logout ends the session', async () => {
    const session = await collector.login();
    const out = await collector.app.request('/api/auth/logout', { method: 'POST', headers: session.headers });
    expect(out.status).toBe(200);
    expect((await collector.app.request('/api/auth/me', { headers: session.headers })).status).toBe(401);
  });

  it('sets security headers on /api and the dashboard, not on /sdk.js or /v1', async () => {
    const api = await collector.app.request('/api/auth/me');
    expect(api.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(api.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect(api.headers.get('x-frame-options')).toBe('DENY');
    expect(api.headers.get('referrer-policy')).toBe('no-referrer');
    const dashboard = await collector.app.request('/');
    expect(dashboard.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const sdk = await collector.app.request('/sdk.js');
    expect(sdk.headers.get('content-security-policy')).toBeNull();
    const ingest = await collector.app.request('/v1/events', { method: 'POST', body: '{}' });
    expect(ingest.headers.get('content-security-policy')).toBeNull();
    expect(ingest.headers.get('x-frame-options')).toBeNull();
  });
});
