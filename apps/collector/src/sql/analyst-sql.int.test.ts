import type { AddressInfo } from 'node:net';
import { ClickHouseLogLevel, createClient } from '@clickhouse/client';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTenancyFixture, type TenancyFixture } from '../auth/tenancy-fixture.ts';

let f: TenancyFixture;
beforeAll(async () => {
  f = await startTenancyFixture({ MINWON_SQL_MAX_ROWS: '1000' });
});
afterAll(() => f.collector.close());

/**
 * The two doors to analyst SQL — `/clickhouse` on the collector's port and `/` on the SQL port — which
 * must behave the same: every probe below runs through both.
 */
const DOORS = [
  {
    door: '/clickhouse',
    request: (search: string, init?: RequestInit) => f.collector.app.request(`/clickhouse${search}`, init),
  },
  { door: 'SQL port', request: (search: string, init?: RequestInit) => f.collector.sqlApp.request(`/${search}`, init) },
] as const;

describe.each(DOORS)('analyst SQL through $door', ({ door, request }) => {
  function sql(query: string, { user = f.analyst.tokenId, key = f.analyst.secret, params = '' } = {}) {
    return request(`?default_format=JSONEachRow${params}`, {
      method: 'POST',
      headers: { 'x-clickhouse-user': user, 'x-clickhouse-key': key },
      body: query,
    });
  }

  async function rows(query: string, options?: Parameters<typeof sql>[1]): Promise<Record<string, unknown>[]> {
    const res = await sql(query, options);
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${res.status} ${text}`);
    return text.trim() === ''
      ? []
      : text
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l));
  }

  describe('scoping', () => {
    it("returns only the caller's sites, whatever the query shape", async () => {
      expect(await rows('SELECT site_id, count() AS n FROM minwon_ux.events GROUP BY site_id')).toEqual([
        { site_id: 'site-a', n: 2 },
      ]);
      expect(await rows("SELECT count() AS n FROM minwon_ux.events WHERE site_id = 'site-b'")).toEqual([{ n: 0 }]);
      expect(await rows('SELECT count() AS n FROM minwon_ux.events')).toEqual([{ n: 2 }]);
      expect(await rows('SELECT max(ts) > 0 AS any, uniqExact(site_id) AS sites FROM minwon_ux.events')).toEqual([
        { any: 1, sites: 1 },
      ]);
      const shapes = [
        'WITH e AS (SELECT * FROM minwon_ux.events) SELECT site_id, path FROM e',
        'SELECT site_id, path FROM (SELECT * FROM minwon_ux.events) AS x',
        'SELECT site_id, path FROM minwon_ux.events UNION ALL SELECT site_id, path FROM minwon_ux.events',
        'SELECT a.site_id, b.path FROM minwon_ux.events AS a INNER JOIN minwon_ux.events AS b ON a.site_id = b.site_id',
        'SELECT site_id, path FROM minwon_ux.events WHERE site_id IN (SELECT site_id FROM minwon_ux.events)',
        'SELECT site_key AS site_id, name AS path FROM minwon_ux.sites',
        "SELECT (SELECT any(path) FROM minwon_ux.events WHERE site_id = 'site-b') AS path, 'x' AS site_id",
      ];
      for (const shape of shapes) {
        const text = JSON.stringify(await rows(shape));
        expect(text, shape).not.toContain('site-b');
        expect(text, shape).not.toContain('Bsecret');
      }
    });

    it('gives agency B its own rows with its own token', async () => {
      const options = { user: f.bobToken.tokenId, key: f.bobToken.secret };
      expect(await rows('SELECT site_id, count() AS n FROM minwon_ux.events GROUP BY site_id', options)).toEqual([
        { site_id: 'site-b', n: 3 },
      ]);
    });

    it('authenticates by Basic auth with the email too, and binds {name:Type} parameters', async () => {
      const res = await request('?param_n=41&param_s=it%27s', {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`${f.analyst.email}:${f.analyst.secret}`).toString('base64')}` },
        body: 'SELECT {n:UInt32} + 1 AS x, {s:String} AS s FORMAT JSONEachRow',
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ x: 42, s: "it's" });
      const get = await request(`?query=${encodeURIComponent('SELECT 1 AS one')}`, {
        headers: { 'x-clickhouse-user': f.analyst.tokenId, 'x-clickhouse-key': f.analyst.secret },
      });
      expect(await get.text()).toBe('1\n');
    });

    it('refuses wrong secrets (401) and missing credentials; a dashboard session works on /clickhouse only', async () => {
      expect((await sql('SELECT 1', { key: 'wrong' })).status).toBe(401);
      expect((await sql('SELECT 1', { user: f.bobToken.tokenId, key: f.analyst.secret })).status).toBe(401);
      expect((await request('', { method: 'POST', body: 'SELECT 1' })).status).toBe(401);
      const session = await request(`?query=${encodeURIComponent('SELECT count() FROM minwon_ux.events')}`, {
        headers: f.alice.headers,
      });
      if (door === '/clickhouse') expect(await session.text()).toBe('2\n');
      else expect(session.status).toBe(401);
    });

    it('enforces the result-row limit, and a query failing mid-stream leaks nothing into the next one', async () => {
      const res = await sql(
        "SELECT concat('partial-', toString(n)) AS s FROM minwon_ux.events ARRAY JOIN range(3000) AS n",
      );
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/TOO_MANY_ROWS|Limit for result/);
      // chdb 3.4 hands the partial output of a failed query to the next query of the same connection.
      const fail = await sql(
        "SELECT 'partial-leak' AS s UNION ALL SELECT toString(throwIf(count() > 0, 'boom')) AS s FROM minwon_ux.events",
      );
      expect(fail.status).toBe(400);
      expect(await rows("SELECT 'clean' AS s")).toEqual([{ s: 'clean' }]);
      expect(await f.collector.rows("SELECT 'collector-clean' AS s")).toEqual([{ s: 'collector-clean' }]);
    });
  });

  describe('side channels', () => {
    // Each query would fail (or answer differently) if any expression saw agency B's rows.
    const oracles = [
      "SELECT count() AS n FROM minwon_ux.events WHERE throwIf(path = '/Bsecret-path', 'oracle') = 0",
      "SELECT count() AS n FROM minwon_ux.events WHERE throwIf(site_id = 'site-b', 'oracle') = 0",
      "SELECT count() AS n FROM (SELECT * FROM minwon_ux.events) WHERE throwIf(path = '/Bsecret-path', 'oracle') = 0",
      "SELECT count() AS n FROM minwon_ux.events AS a INNER JOIN minwon_ux.events AS b ON a.site_id = b.site_id AND throwIf(b.path = '/Bsecret-path', 'oracle') = 0",
      "SELECT count() AS n FROM minwon_ux.events WHERE path IN (SELECT path FROM minwon_ux.events WHERE throwIf(path = '/Bsecret-path', 'oracle') = 0)",
      "SELECT count() AS n FROM minwon_ux.events GROUP BY site_id HAVING throwIf(max(path) = '/Bsecret-path', 'oracle') = 0",
      "SELECT sum(throwIf(path = '/Bsecret-path', 'oracle')) AS n FROM minwon_ux.events",
    ];
    it.each(oracles)('never evaluates analyst expressions on other sites: %s', async (query) => {
      const res = await sql(query);
      const text = await res.text();
      expect(res.status, text).toBe(200);
    });

    it('reveals no other site in error messages, and refuses PREWHERE', async () => {
      for (const query of [
        'SELECT count() FROM minwon_ux.events WHERE toUInt32(site_id) = 0',
        'SELECT toUInt32(path) FROM minwon_ux.events',
      ]) {
        const text = await (await sql(query)).text();
        expect(text).toMatch(/DB::Exception/);
        expect(text).not.toMatch(/site-b|Bsecret/);
      }
      const prewhere = await sql(
        "SELECT count() FROM minwon_ux.events PREWHERE throwIf(path = '/Bsecret-path', 'oracle') = 0",
      );
      expect(prewhere.status).toBe(403);
    });
  });

  describe('refusals', () => {
    const refused = [
      "INSERT INTO minwon_ux.events (site_id) VALUES ('site-a')",
      "ALTER TABLE minwon_ux.events DELETE WHERE site_id = 'site-b'",
      'DROP TABLE minwon_ux.events',
      'CREATE TABLE minwon_ux.x (a UInt8) ENGINE = Memory',
      'TRUNCATE TABLE minwon_ux.events',
      'RENAME TABLE minwon_ux.events TO minwon_ux.e2',
      'SYSTEM FLUSH LOGS',
      'KILL QUERY WHERE 1',
      'SET readonly = 0',
      'OPTIMIZE TABLE minwon_ux.events FINAL',
      'GRANT ALL ON *.* TO default',
      'SELECT 1; DROP TABLE minwon_ux.events',
      "SELECT * FROM file('/etc/passwd', 'LineAsString')",
      "SELECT * FROM url('http://127.0.0.1:1/', 'LineAsString')",
      "SELECT * FROM remote('127.0.0.1', 'minwon_ux', 'events')",
      "SELECT * FROM s3('http://127.0.0.1:1/x.csv')",
      "SELECT * FROM merge('minwon_ux', '^ev')",
      'SELECT * FROM numbers(10)',
      "SELECT file('/etc/hostname')",
      "SELECT dictGet('x', 'y', 1)",
      "SELECT joinGet('minwon_ux.users', 'email', 'u_admin')",
      "SELECT getServerSetting('path')",
      'SELECT * FROM system.parts',
      'SELECT * FROM system.query_log',
      'SELECT * FROM information_schema.tables',
      'SELECT * FROM default.anything',
      'SELECT * FROM minwon_ux.users',
      'SELECT password_hash FROM minwon_ux.users',
      'SELECT * FROM minwon_ux.sessions',
      'SELECT * FROM minwon_ux.api_tokens',
      'SELECT * FROM minwon_ux.audit_log',
      'SELECT * FROM minwon_ux.events AS e JOIN minwon_ux.users AS u ON 1 = 1',
      'WITH u AS (SELECT * FROM minwon_ux.users) SELECT * FROM u',
      'SELECT count() FROM minwon_ux.events WHERE session_id IN minwon_ux.users',
      'SELECT * FROM minwon_ux.events SETTINGS additional_table_filters = {}',
      'SELECT * FROM (SELECT * FROM minwon_ux.events SETTINGS additional_table_filters = {})',
      'SELECT * FROM minwon_ux.events SETTINGS readonly = 0',
      "SELECT 1 INTO OUTFILE '/tmp/minwon-ux-outfile.txt'",
      'EXPLAIN SELECT * FROM minwon_ux.users',
      'SHOW TABLES FROM system',
      "SHOW TABLES LIKE 'users'; DROP TABLE minwon_ux.events",
      'DESCRIBE TABLE minwon_ux.users',
      'SELECT * FROM users',
    ];
    it.each(refused)('refuses %s with a clear 4xx', async (query) => {
      const res = await sql(query);
      const text = await res.text();
      expect(res.status, text).toBeGreaterThanOrEqual(400);
      expect(res.status, text).toBeLessThan(500);
      expect(text).toMatch(/^Code: \d+\. DB::Exception: .+ \([A-Z_]+\)\n$/);
      expect(text).not.toMatch(/scrypt\$|site-b|Bsecret/);
    });

    it('still has every table and row after the refusals', async () => {
      const [row] = await f.collector.rows<{ n: string }>('SELECT count() AS n FROM minwon_ux.events');
      expect(Number(row?.n)).toBe(5);
    });

    it('audits every query with who, when and what', async () => {
      const marker = `audit-probe-${door}`;
      expect(await rows(`SELECT '${marker}' AS m`)).toEqual([{ m: marker }]);
      expect((await sql(`DROP TABLE minwon_ux.events -- ${marker}`)).status).toBe(403);
      const res = await f.collector.app.request('/api/admin/audit?action=sql_query&limit=500', {
        headers: f.alice.headers,
      });
      const { entries } = (await res.json()) as {
        entries: { email: string; outcome: string; detail: string; ts: string; target: string }[];
      };
      const mine = entries.filter((e) => e.detail.includes(marker));
      expect(mine.map((e) => [e.email, e.outcome, e.target])).toEqual([
        [f.analyst.email, 'denied', `token:${f.analyst.tokenId}`],
        [f.analyst.email, 'ok', `token:${f.analyst.tokenId}`],
      ]);
      expect(
        entries.some((e) => e.email === f.analyst.email && e.outcome === 'ok' && e.detail.includes('GROUP BY site_id')),
      ).toBe(true);
      expect(entries.some((e) => e.outcome === 'denied' && e.detail.includes('DROP TABLE'))).toBe(true);
      expect(JSON.stringify(entries)).not.toContain('bea@b.example.go.kr');
    });
  });
});

describe('@clickhouse/client against /clickhouse on a real server', () => {
  it('queries with its pathname option and a token', async () => {
    const server = serve({ fetch: f.collector.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const client = createClient({
      log: { level: ClickHouseLogLevel.OFF },
      url: `http://127.0.0.1:${port}`,
      pathname: '/clickhouse',
      username: f.analyst.tokenId,
      password: f.analyst.secret,
    });
    try {
      expect((await client.ping()).success).toBe(true);
      const result = await client.query({
        query: 'SELECT site_id, count() AS n FROM minwon_ux.events WHERE kind = {kind:String} GROUP BY site_id',
        query_params: { kind: 'page_view' },
        format: 'JSONEachRow',
      });
      expect(await result.json()).toEqual([{ site_id: 'site-a', n: 2 }]);
      await expect(client.command({ query: 'DROP TABLE minwon_ux.events' })).rejects.toThrow(/SELECT/);
    } finally {
      await client.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
