import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTenancyFixture, type TenancyFixture } from './tenancy-fixture.ts';

let f: TenancyFixture;
beforeAll(async () => {
  f = await startTenancyFixture();
});
afterAll(() => f.collector.close());

/** Every registered `/api` route (Hono lists them), with B's identifiers in its parameters. */
function apiRoutes(): { method: string; path: string }[] {
  const seen = new Set<string>();
  const routes: { method: string; path: string }[] = [];
  for (const { method, path } of f.collector.app.routes) {
    if (!path.startsWith('/api/') || path.includes('*') || method === 'ALL') continue;
    const concrete = path
      .replace(/:key\b|:site\w*/g, 'site-b')
      .replace(/:id\b/g, path.includes('/tokens') ? f.bobToken.tokenId : f.bob.id)
      .replace(/:(\w+)/g, 'site-b');
    const id = `${method} ${concrete}`;
    if (seen.has(id)) continue;
    seen.add(id);
    routes.push({ method, path: concrete });
  }
  return routes;
}

const PROBE_QUERY = '?site=site-b&siteKey=site-b&agencyId=agency-b&from=2000-01-01&to=2100-01-01';
const PROBE_BODY = JSON.stringify({
  key: 'site-b',
  site: 'site-b',
  siteKey: 'site-b',
  name: 'probe',
  origins: ['https://evil.example'],
  agency: 'agency-b',
  agencyId: 'agency-b',
  userId: '',
  email: 'probe@evil.example',
  role: 'admin',
  password: 'probe-password-1',
});

describe('cross-tenant probes over every /api route', () => {
  it('covers the routes that exist (auth, admin and the dashboard API)', () => {
    const paths = apiRoutes().map((r) => `${r.method} ${r.path}`);
    expect(paths).toContain('GET /api/sites');
    expect(paths).toContain('DELETE /api/admin/sites/site-b');
    expect(paths.length).toBeGreaterThan(15);
  });

  it('answers 401 to every route without a session (login aside)', async () => {
    for (const { method, path } of apiRoutes()) {
      if (path === '/api/auth/login') continue;
      const res = await f.collector.app.request(path + PROBE_QUERY, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(method === 'GET' ? {} : { body: PROBE_BODY }),
      });
      expect([401, 404], `${method} ${path}`).toContain(res.status);
      if (res.status === 404) expect(path, 'only unknown paths may 404').toMatch(/:|\*/);
    }
  });

  it('answers 403 csrf_failed to every state-changing route without the CSRF token', async () => {
    for (const { method, path } of apiRoutes()) {
      if (method === 'GET' || path === '/api/auth/login') continue;
      const res = await f.collector.app.request(path, {
        method,
        headers: { cookie: f.alice.cookie, 'content-type': 'application/json' },
        body: PROBE_BODY,
      });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('csrf_failed');
    }
  });

  it("never shows agency B's data to agency A's admin, and changes nothing of B", async () => {
    for (const { method, path } of apiRoutes()) {
      if (path === '/api/auth/logout' || path === '/api/auth/password' || path === '/api/auth/login') continue;
      const res = await f.collector.app.request(path + PROBE_QUERY, {
        method,
        headers: { ...f.alice.headers, 'content-type': 'application/json' },
        ...(method === 'GET' ? {} : { body: PROBE_BODY }),
      });
      const text = await res.text();
      for (const secret of f.secretsOfB) expect(text, `${method} ${path} leaked ${secret}`).not.toContain(secret);
      if (method !== 'GET') expect(res.status, `${method} ${path} changed something`).toBeGreaterThanOrEqual(400);
    }
    const sites = await f.collector.app.request('/api/admin/sites', { headers: f.admin.headers });
    expect(JSON.stringify(await sites.json())).toContain('site-b');
    const events = await f.collector.rows<{ n: string }>(
      "SELECT count() AS n FROM minwon_ux.events WHERE site_id = 'site-b'",
    );
    expect(Number(events[0]?.n)).toBe(3);
    const bobMe = await f.collector.app.request('/api/auth/me', { headers: f.bob.headers });
    expect(bobMe.status).toBe(200);
  });

  it('lets each admin see their own site, and the system admin both', async () => {
    const list = async (headers: Record<string, string>) =>
      (
        (await (await f.collector.app.request('/api/sites', { headers })).json()) as { sites: { key: string }[] }
      ).sites.map((s) => s.key);
    expect(await list(f.alice.headers)).toEqual(['site-a']);
    expect(await list(f.bob.headers)).toEqual(['site-b']);
    expect((await list(f.admin.headers)).sort()).toEqual(['site-a', 'site-b']);
    const forbidden = await f.collector.app.request(
      '/api/sites/site-b/events-over-time?from=2000-01-01&to=2100-01-01',
      { headers: f.alice.headers },
    );
    expect(forbidden.status).toBe(404);
  });
});

describe('GET /api/admin/clickhouse-grants (server mode)', () => {
  it('generates a role, row policies and analyst users per agency that ClickHouse parses', async () => {
    expect((await f.collector.app.request('/api/admin/clickhouse-grants', { headers: f.alice.headers })).status).toBe(
      403,
    );
    const res = await f.collector.app.request('/api/admin/clickhouse-grants?collectorUser=collector', {
      headers: f.admin.headers,
    });
    expect(res.status).toBe(200);
    const { sql, credentials } = (await res.json()) as {
      sql: string;
      credentials: { user: string; password: string }[];
    };
    expect(sql).toContain('CREATE SETTINGS PROFILE OR REPLACE minwon_analyst SETTINGS readonly = 1');
    expect(sql).toContain(
      "CREATE ROW POLICY OR REPLACE `minwon_agency_agency_a` ON `minwon_ux`.`events` FOR SELECT USING `site_id` IN ('site-a') TO `minwon_agency_agency_a`;",
    );
    expect(sql).toContain(
      "CREATE ROW POLICY OR REPLACE `minwon_agency_agency_b` ON `minwon_ux`.`events` FOR SELECT USING `site_id` IN ('site-b') TO `minwon_agency_agency_b`;",
    );
    expect(sql).toContain(
      'CREATE ROW POLICY OR REPLACE minwon_collector ON `minwon_ux`.`events` FOR SELECT USING 1 TO `collector`;',
    );
    expect(sql).toContain('GRANT SELECT ON `minwon_ux`.`sites` TO `minwon_agency_agency_a`;');
    expect(sql).not.toMatch(/`(users|sessions|api_tokens|audit_log)`/); // account tables are never granted
    expect(credentials.map((c) => c.user).sort()).toEqual(['ana@a.example.go.kr', 'bea@b.example.go.kr']);
    for (const { password } of credentials) expect(sql).not.toContain(password);
    expect(sql).toMatch(
      /CREATE USER OR REPLACE `ana@a\.example\.go\.kr` IDENTIFIED WITH sha256_hash BY '[0-9a-f]{64}' DEFAULT ROLE `minwon_agency_agency_a`/,
    );
    const statements = sql.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('--'));
    expect(statements.length).toBeGreaterThan(10);
    for (const statement of statements) {
      const parsed = await f.collector.runtime.store.client.query({
        query: `EXPLAIN AST ${statement.replace(/;$/, '')}`,
        format: 'TabSeparatedRaw',
      });
      expect((await parsed.text()).length, statement).toBeGreaterThan(0);
    }
  });
});
