import { gunzipSync, gzipSync } from 'node:zlib';
import { ClickHouseLogLevel, createClient } from '@clickhouse/client';
import { ClickHouse } from 'clickhouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTenancyFixture, type TenancyFixture } from '../auth/tenancy-fixture.ts';

let f: TenancyFixture;
let url: string;
let port: number;
beforeAll(async () => {
  f = await startTenancyFixture({ MINWON_LOGIN_IP_LIMIT: '1000', MINWON_LOGIN_ACCOUNT_LIMIT: '4' });
  ({ url, port } = await f.collector.listenSql());
});
afterAll(() => f.collector.close());

/** The account tables, which no schema listing may show. */
const ACCOUNT_TABLES = ['users', 'sessions', 'api_tokens', 'audit_log', 'agencies', 'login_state'];

function auth(user = f.analyst.tokenId, key = f.analyst.secret): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${user}:${key}`).toString('base64')}` };
}

describe('@clickhouse/client given only url, username and password', () => {
  it('connects, browses the schema and queries a bare events', async () => {
    const client = createClient({
      url,
      username: f.analyst.email,
      password: f.analyst.secret,
      log: { level: ClickHouseLogLevel.OFF },
    });
    try {
      expect((await client.ping()).success).toBe(true);
      const [info] = await (
        await client.query({
          query: 'SELECT version() AS v, timezone() AS tz, currentDatabase() AS db',
          format: 'JSONEachRow',
        })
      ).json<{ v: string; tz: string; db: string }>();
      expect(info?.v).toMatch(/^\d+\.\d+/);
      expect(info?.tz).not.toBe('');
      expect(info?.db).toBe('minwon_ux');
      const databases = await (
        await client.query({ query: 'SELECT name FROM system.databases', format: 'JSONEachRow' })
      ).json<{ name: string }>();
      expect(databases).toEqual([{ name: 'minwon_ux' }]);
      const tables = (
        await (
          await client.query({
            query: 'SELECT name, engine FROM system.tables WHERE database = currentDatabase() ORDER BY name',
            format: 'JSONEachRow',
          })
        ).json<{ name: string }>()
      ).map((t) => t.name);
      expect(tables).toContain('events');
      expect(tables).toContain('sites');
      for (const account of ACCOUNT_TABLES) expect(tables).not.toContain(account);
      const columns = await (
        await client.query({
          query:
            "SELECT name, type FROM system.columns WHERE database = 'minwon_ux' AND table = {t:String} ORDER BY position",
          query_params: { t: 'events' },
          format: 'JSONEachRow',
        })
      ).json<{ name: string; type: string }>();
      expect(columns.map((c) => c.name)).toEqual(
        expect.arrayContaining(['site_id', 'ts', 'kind', 'path', 'menu_trail']),
      );
      const rows = await (
        await client.query({
          query: 'SELECT site_id, count() AS n FROM events WHERE kind = {kind:String} GROUP BY site_id',
          query_params: { kind: 'page_view' },
          format: 'JSONEachRow',
        })
      ).json();
      expect(rows).toEqual([{ site_id: 'site-a', n: 2 }]);
      await expect(client.command({ query: 'DROP TABLE events' })).rejects.toThrow(/SELECT/);
      // insert() puts `INSERT … FORMAT JSONEachRow` in the URL and the rows in the body
      await expect(
        client.insert({ table: 'events', values: [{ site_id: 'site-a' }], format: 'JSONEachRow' }),
      ).rejects.toMatchObject({
        type: 'READONLY',
        code: '164',
      });
      // clickhouse-connect's insert() sends the statement at the head of the body, then Native rows
      const inBody = await fetch(`${url}/`, {
        method: 'POST',
        headers: auth(),
        body: Buffer.concat([
          Buffer.from('/* x */ INSERT INTO changes (site_id) FORMAT Native\n'),
          Buffer.from([1, 1, 7, 0, 255]),
        ]),
      });
      expect(inBody.status).toBe(403);
      expect(await inBody.text()).toMatch(/\(READONLY\)/);
    } finally {
      await client.close();
    }
  });

  it('asks for and reads gzip answers', async () => {
    const client = createClient({
      url,
      username: f.analyst.tokenId,
      password: f.analyst.secret,
      compression: { response: true, request: true },
      log: { level: ClickHouseLogLevel.OFF },
    });
    try {
      const rows = await (await client.query({ query: 'SELECT count() AS n FROM events', format: 'JSON' })).json<{
        data: unknown[];
      }>();
      expect(rows.data).toEqual([{ n: 2 }]);
    } finally {
      await client.close();
    }
  });
});

describe('the npm clickhouse client (an independent HTTP client)', () => {
  it('connects with host, port, user and password, browses the schema and queries', async () => {
    const clickhouse = new ClickHouse({
      url: 'http://127.0.0.1',
      port,
      basicAuth: { username: f.analyst.tokenId, password: f.analyst.secret },
      format: 'json',
    });
    expect(await clickhouse.query('SELECT currentDatabase() AS db').toPromise()).toEqual([{ db: 'minwon_ux' }]);
    const tables = (await clickhouse.query('SELECT name FROM system.tables ORDER BY name').toPromise()) as {
      name: string;
    }[];
    expect(tables.map((t) => t.name)).toContain('events');
    for (const account of ACCOUNT_TABLES) expect(tables.map((t) => t.name)).not.toContain(account);
    expect(await clickhouse.query('SELECT site_id, count() AS n FROM events GROUP BY site_id').toPromise()).toEqual([
      { site_id: 'site-a', n: 2 },
    ]);
    await expect(clickhouse.query('SELECT * FROM users').toPromise()).rejects.toThrow(/not readable/);
  });
});

describe("ClickHouse's HTTP interface on the SQL port", () => {
  it('answers /ping and / without credentials, and a ClickHouse-style 404 elsewhere', async () => {
    expect(await (await fetch(`${url}/ping`)).text()).toBe('Ok.\n');
    expect(await (await fetch(`${url}/`)).text()).toBe('Ok.\n');
    const missing = await fetch(`${url}/dashboard`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/^Code: \d+\. DB::Exception: There is no handle/);
    const clickhouse = await fetch(`${url}/clickhouse?query=SELECT%201`, { headers: auth() });
    expect(clickhouse.status).toBe(404);
  });

  it('takes the query from ?query= and the body, FORMAT or default_format, and sends the usual headers', async () => {
    const get = await fetch(`${url}/?query=${encodeURIComponent('SELECT 1 AS one')}&query_id=probe-1`, {
      headers: auth(),
    });
    expect(await get.text()).toBe('1\n');
    expect(get.headers.get('x-clickhouse-format')).toBe('TabSeparated');
    expect(get.headers.get('x-clickhouse-query-id')).toBe('probe-1');
    const summary = JSON.parse(get.headers.get('x-clickhouse-summary') ?? '{}') as Record<string, string>;
    expect(Object.keys(summary)).toEqual(
      expect.arrayContaining(['read_rows', 'read_bytes', 'elapsed_ns', 'result_rows']),
    );
    const post = await fetch(`${url}/?query=${encodeURIComponent('SELECT count() AS n')}`, {
      method: 'POST',
      headers: auth(),
      body: 'FROM events FORMAT JSONEachRow',
    });
    expect(post.headers.get('content-type')).toMatch(/ndjson/);
    expect(await post.json()).toEqual({ n: 2 });
    const header = await fetch(`${url}/`, {
      method: 'POST',
      headers: { ...auth(), 'x-clickhouse-format': 'CSVWithNames' },
      body: 'SELECT 1 AS a',
    });
    expect(await header.text()).toBe('"a"\n1\n');
    // clickhouse-go (Grafana) reads default_format=Native blocks at protocol revision 0.
    const native = await fetch(`${url}/?default_format=Native`, {
      method: 'POST',
      headers: auth(),
      body: 'SELECT toUInt8(1) AS x',
    });
    expect([...new Uint8Array(await native.arrayBuffer())]).toEqual([1, 1, 1, 120, 5, ...Buffer.from('UInt8'), 1]);
  });

  it('resolves database and X-ClickHouse-Database to minwon_ux, refuses any other database, and says compressed request bodies are not read', async () => {
    for (const [query, headers] of [
      ['database=minwon_ux', {}],
      ['database=default', {}],
      ['', { 'x-clickhouse-database': 'minwon_ux' }],
    ] as const) {
      const res = await fetch(`${url}/?${query}`, {
        method: 'POST',
        headers: { ...auth(), ...headers },
        body: 'SELECT count() FROM events',
      });
      expect(await res.text(), query).toBe('2\n');
    }
    const blocks = await fetch(`${url}/?decompress=1`, { method: 'POST', headers: auth(), body: 'SELECT 1' });
    expect(blocks.status).toBe(400);
    expect(await blocks.text()).toMatch(/decompress=1/);
    const other = await fetch(`${url}/?database=system`, { method: 'POST', headers: auth(), body: 'SELECT 1' });
    expect(other.status).toBe(404);
    expect(await other.text()).toMatch(/UNKNOWN_DATABASE/);
  });

  it('binds {name:Type} parameters, honours output settings and ignores the settings clients always send', async () => {
    const search = new URLSearchParams({
      param_n: '41',
      session_id: 'any-session',
      session_timeout: '60',
      wait_end_of_query: '1',
      send_progress_in_http_headers: '1',
      readonly: '0',
      max_result_rows: '99999999',
      output_format_json_quote_64bit_integers: '1',
      default_format: 'JSONEachRow',
    });
    const res = await fetch(`${url}/?${search}`, {
      method: 'POST',
      headers: auth(),
      body: 'SELECT {n:UInt64} + 1 AS x, count() AS n FROM events',
    });
    expect(await res.json()).toEqual({ x: '42', n: '2' }); // UInt64 quoted, as asked
  });

  it('reads the query from a multipart form field, as the npm clickhouse client sends it with usePost', async () => {
    const form = new FormData();
    form.append('query', 'SELECT count() AS n FROM events FORMAT JSONEachRow');
    const res = await fetch(`${url}/`, { method: 'POST', headers: auth(), body: form });
    expect(await res.json()).toEqual({ n: 2 });
    const clickhouse = new ClickHouse({
      url: 'http://127.0.0.1',
      port,
      basicAuth: { username: f.analyst.tokenId, password: f.analyst.secret },
      usePost: true,
    });
    expect(await clickhouse.query('SELECT count() AS n FROM events').toPromise()).toEqual([{ n: 2 }]);
  });

  it('gzips the answer when asked, and reads a gzip body', async () => {
    const res = await fetch(`${url}/?enable_http_compression=1`, {
      method: 'POST',
      headers: { ...auth(), 'accept-encoding': 'gzip', 'content-encoding': 'gzip' },
      body: gzipSync('SELECT 7 AS seven'),
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toBe('7\n'); // fetch inflates it
    const raw = await f.collector.sqlApp.request('/?enable_http_compression=1', {
      method: 'POST',
      headers: { ...auth(), 'accept-encoding': 'gzip' },
      body: 'SELECT 8',
    });
    expect(gunzipSync(Buffer.from(await raw.arrayBuffer())).toString()).toBe('8\n');
  });

  it('takes API tokens only (no dashboard session), and locks out repeated wrong secrets', async () => {
    const session = await fetch(`${url}/?query=SELECT%201`, { headers: f.alice.headers });
    expect(session.status).toBe(401);
    const viaUrl = await fetch(
      `${url}/?user=${encodeURIComponent(f.analyst.tokenId)}&password=${encodeURIComponent(f.analyst.secret)}&query=SELECT%202`,
    );
    expect(await viaUrl.text()).toBe('2\n');
    const headers = await fetch(`${url}/?query=SELECT%203`, {
      headers: { 'x-clickhouse-user': f.analyst.tokenId, 'x-clickhouse-key': f.analyst.secret },
    });
    expect(await headers.text()).toBe('3\n');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (await fetch(`${url}/?query=SELECT%201`, { headers: auth('probe@b.example.go.kr', 'wrong') })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const locked = await fetch(`${url}/?query=SELECT%201`, { headers: auth('probe@b.example.go.kr', 'wrong') });
    expect(locked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await locked.text()).toMatch(/^Code: 516\. DB::Exception: Too many failed sign-ins/);
  });
});
