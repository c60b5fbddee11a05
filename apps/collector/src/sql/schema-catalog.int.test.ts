import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTenancyFixture, type TenancyFixture } from '../auth/tenancy-fixture.ts';

let f: TenancyFixture;
let url: string;
beforeAll(async () => {
  f = await startTenancyFixture();
  ({ url } = await f.collector.listenSql());
});
afterAll(() => f.collector.close());

/** The account tables, which no schema listing may show. */
const ACCOUNT_TABLES = ['users', 'sessions', 'api_tokens', 'audit_log', 'agencies', 'login_state'];

function auth(user = f.analyst.tokenId, key = f.analyst.secret): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${user}:${key}`).toString('base64')}` };
}

describe('schema browsing is scoped to the caller', () => {
  async function rows(query: string, headers = auth()): Promise<Record<string, unknown>[]> {
    const res = await fetch(`${url}/?default_format=JSONEachRow`, { method: 'POST', headers, body: query });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${res.status} ${text}`);
    return text.trim() === ''
      ? []
      : text
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  it('shows agency A one database, its readable tables and their columns, and no account table', async () => {
    expect(await rows('SELECT name FROM system.databases')).toEqual([{ name: 'minwon_ux' }]);
    const tables = await rows('SELECT database, name FROM system.tables');
    expect(new Set(tables.map((t) => t.database))).toEqual(new Set(['minwon_ux']));
    const names = tables.map((t) => String(t.name));
    for (const account of ACCOUNT_TABLES) expect(names).not.toContain(account);
    const columnTables = await rows('SELECT DISTINCT table FROM system.columns');
    expect(columnTables.map((t) => t.table).sort()).toEqual([...names].sort());
    const joined = await rows(
      'SELECT t.name AS t, count() AS n FROM system.tables AS t INNER JOIN system.columns AS c ON c.database = t.database AND c.table = t.name GROUP BY t.name',
    );
    expect(joined.map((r) => r.t).sort()).toEqual([...names].sort());
  });

  it("shows A's sites' rows only, through any table it lists", async () => {
    const tables = (await rows('SELECT name FROM system.tables')).map((t) => String(t.name));
    for (const table of tables) {
      const text = JSON.stringify(await rows(`SELECT * FROM minwon_ux.\`${table}\` LIMIT 100`));
      for (const secret of f.secretsOfB) expect(text, table).not.toContain(secret);
    }
    const bob = await rows('SELECT site_id FROM events GROUP BY site_id', auth(f.bobToken.tokenId, f.bobToken.secret));
    expect(bob).toEqual([{ site_id: 'site-b' }]);
  });

  it('never lets an analyst expression see catalog rows outside the scope (or refuses it)', async () => {
    for (const oracle of [
      "SELECT count() FROM system.tables WHERE throwIf(name = 'users', 'oracle') = 0",
      "SELECT count() FROM system.tables WHERE throwIf(database = 'system', 'oracle') = 0",
      "SELECT count() FROM system.columns WHERE throwIf(name = 'password_hash', 'oracle') = 0",
      "SELECT count() FROM system.databases WHERE throwIf(name = 'system', 'oracle') = 0",
      'SELECT count() FROM system.tables WHERE toUInt32(name) = 0',
      "SELECT count() FROM system.tables WHERE intDiv(1, name = 'users') = 1",
      "SELECT count() FROM system.tables WHERE sleepEachRow(name = 'users') = 0",
      "SELECT count() FROM system.tables AS t INNER JOIN system.columns AS c ON throwIf(t.name = 'users', 'oracle') = 0 AND c.table = t.name",
      "SELECT sum(throwIf(name = 'users', 'oracle')) FROM system.tables",
      "SELECT count() FROM system.tables ARRAY JOIN [throwIf(name = 'users', 'oracle')] AS x",
    ]) {
      const res = await fetch(`${url}/`, { method: 'POST', headers: auth(), body: oracle });
      const text = await res.text();
      expect(text, oracle).not.toMatch(/oracle|users|Cannot parse|Division by zero/);
      if (res.status !== 200)
        expect(text, oracle).toMatch(/not allowed on columns in the filters of a query reading system\.tables/);
    }
  });

  it('refuses every other system table with a ClickHouse-style 4xx', async () => {
    for (const query of [
      'SELECT * FROM system.parts',
      'SELECT * FROM system.query_log',
      'SELECT * FROM system.users',
      'SELECT * FROM system.processes',
      'SELECT * FROM information_schema.tables',
    ]) {
      const res = await fetch(`${url}/`, { method: 'POST', headers: auth(), body: query });
      const text = await res.text();
      expect(res.status, `${query}: ${text}`).toBeGreaterThanOrEqual(400);
      expect(res.status, query).toBeLessThan(500);
      expect(text).toMatch(/^Code: \d+\. DB::Exception: .+ \([A-Z_]+\)\n$/);
    }
  });

  it('answers the schema queries BI tools and drivers send', async () => {
    const toolQueries = [
      // Grafana's ClickHouse data source: databases, tables of one, columns of one.
      "SELECT name FROM system.databases WHERE name NOT IN ('system', 'information_schema', 'INFORMATION_SCHEMA')",
      "SELECT name FROM system.tables WHERE engine NOT IN ('Distributed') AND database = 'minwon_ux' ORDER BY name",
      "SELECT name, type FROM system.columns WHERE database = 'minwon_ux' AND table = 'events'",
      // JDBC-style listing with CASE, LIKE and a join of tables and columns.
      "SELECT t.database AS TABLE_SCHEM, t.name AS TABLE_NAME, CASE WHEN t.engine LIKE '%View' THEN 'VIEW' ELSE 'TABLE' END AS TABLE_TYPE, t.comment AS REMARKS FROM system.tables AS t WHERE t.database LIKE '%' AND t.name LIKE '%' ORDER BY TABLE_SCHEM, TABLE_NAME",
      "SELECT T.database AS SCHEMA, T.database = currentDatabase() AS is_default, T.name AS NAME, C.name AS COL, C.type AS COLUMN_TYPE, C.position AS ORDINAL_POSITION FROM system.tables AS T INNER JOIN system.columns AS C ON T.database = C.database AND T.name = C.table WHERE (T.database = currentDatabase()) OR (lower(T.database) NOT IN ('information_schema', 'system')) ORDER BY SCHEMA, NAME, ORDINAL_POSITION",
      // clickhouse-java's getTables (Metabase, DBeaver): data_paths, casts of NULL, columns qualified by full name.
      "SELECT NULL AS TABLE_CAT, t.database AS TABLE_SCHEM, t.name AS TABLE_NAME, CASE WHEN t.engine LIKE '%Log' THEN 'LOG TABLE' WHEN t.engine IN ('Buffer', 'Memory', 'Set') THEN 'MEMORY TABLE' WHEN t.is_temporary != 0 THEN 'TEMPORARY TABLE' WHEN t.engine LIKE '%View' THEN 'VIEW' WHEN t.engine = 'Dictionary' THEN 'DICTIONARY' WHEN t.engine LIKE 'Async%' OR t.engine LIKE 'System%' THEN 'SYSTEM TABLE' WHEN empty(t.data_paths) THEN 'REMOTE TABLE' ELSE 'TABLE' END AS TABLE_TYPE, t.comment AS REMARKS, CAST(NULL AS Nullable(String)) AS TYPE_CAT, d.engine AS TYPE_SCHEM, NULL::Nullable(String) AS TYPE_NAME FROM system.tables t JOIN system.databases d ON system.tables.database = system.databases.name WHERE t.database LIKE 'minwon_ux' AND t.name LIKE '%' AND TABLE_TYPE IN ('TABLE', 'VIEW') ORDER BY TABLE_TYPE, TABLE_SCHEM, TABLE_NAME",
      // clickhouse-java's getColumns, getPrimaryKeys and getTypeInfo (its VALUES list shortened).
      "SELECT NULL AS TABLE_CAT, database AS TABLE_SCHEM, table AS TABLE_NAME, name AS COLUMN_NAME, toInt32(1111) AS DATA_TYPE, type AS TYPE_NAME, toInt32(multiIf(character_octet_length IS NOT NULL, character_octet_length, system.columns.type == 'UInt8', 1, numeric_precision IS NOT NULL, numeric_precision, 0)) AS COLUMN_SIZE, toInt32(IF(numeric_scale == 0, NULL, numeric_scale)) AS DECIMAL_DIGITS, toInt32(position(type, 'Nullable(') >= 1 ? 1 : 0) AS NULLABLE, system.columns.comment AS REMARKS, system.columns.default_expression AS COLUMN_DEF, character_octet_length::Nullable(Int32) AS CHAR_OCTET_LENGTH, toInt32(system.columns.position) AS ORDINAL_POSITION, NULL::Nullable(String) AS SCOPE_CATALOG FROM system.columns WHERE database LIKE 'minwon_ux' AND table LIKE 'events' AND name LIKE '%' ORDER BY TABLE_SCHEM, TABLE_NAME, ORDINAL_POSITION",
      "SELECT NULL::Nullable(String) AS TABLE_CAT, system.tables.database AS TABLE_SCHEM, system.tables.name AS TABLE_NAME, trim(c.1) AS COLUMN_NAME, c.2::Int16 AS KEY_SEQ, 'PRIMARY' AS PK_NAME FROM system.tables ARRAY JOIN arrayZip(splitByChar(',', primary_key), arrayEnumerate(splitByChar(',', primary_key))) AS c WHERE system.tables.primary_key <> '' AND system.tables.database ILIKE 'minwon_ux' AND system.tables.name ILIKE 'events' ORDER BY COLUMN_NAME",
      "SELECT name AS TYPE_NAME, 0::Int32 AS DATA_TYPE, attrs.c2::Nullable(Int32) AS PRECISION, not(dt.case_insensitive)::Boolean AS CASE_SENSITIVE, if(empty(alias_to), name, alias_to) AS LOCAL_TYPE_NAME FROM system.data_type_families dt LEFT JOIN (SELECT * FROM VALUES (('String', 0, false, 0, 0), ('UInt8', 3, false, 0, 0))) AS attrs ON (dt.name = attrs.c1) WHERE alias_to == ''",
      // .NET/linq2db-style schema provider.
      "SELECT name, comment, engine LIKE '%View' FROM system.tables WHERE is_temporary = 0 AND database = database()",
      "SELECT table, name, type, position, comment, multiIf(type LIKE '%DateTime64%', datetime_precision, numeric_precision_radix = 10, numeric_precision, NULL) AS p, is_in_primary_key FROM system.columns WHERE database = database() AND default_kind != 'ALIAS'",
      // clickhouse-java (JDBC: Metabase, DBeaver) and clickhouse-go (Grafana) on connect.
      "SELECT currentUser(), timezone(), version(), getSetting('readonly') AS readonly",
      'SELECT displayName(), version(), revision(), timezone()',
      // clickhouse-connect on connect.
      'SELECT version(), timezone()',
      'SELECT name, value, changed, description, type, readonly FROM system.settings LIMIT 10000',
    ];
    for (const query of toolQueries) {
      const found = await rows(query);
      expect(found.length, query).toBeGreaterThan(0);
      const accountRows = JSON.stringify(found).match(
        /"(NAME|TABLE_NAME|table)":"(users|sessions|api_tokens|audit_log)"/g,
      );
      expect(accountRows, query).toBeNull();
    }
  });

  it('answers SHOW DATABASES, SHOW TABLES, DESCRIBE, EXISTS and SHOW CREATE from the scoped catalog', async () => {
    expect(await rows('SHOW DATABASES')).toEqual([{ name: 'minwon_ux' }]);
    const tables = (await rows('SHOW TABLES')).map((t) => t.name);
    expect(tables).toContain('events');
    for (const account of ACCOUNT_TABLES) expect(tables).not.toContain(account);
    expect(await rows("SHOW TABLES FROM minwon_ux LIKE 'site%';")).toEqual([{ name: 'sites' }]);
    const columns = await rows('DESCRIBE TABLE events');
    expect(columns[0]).toMatchObject({ name: 'site_id', type: expect.stringContaining('String') });
    expect((await rows('DESC minwon_ux.sites FORMAT JSONEachRow')).map((c) => c.name)).toContain('site_key');
    const users = await fetch(`${url}/`, { method: 'POST', headers: auth(), body: 'DESCRIBE TABLE users' });
    expect(users.status).toBe(403);
    expect(await rows('EXISTS TABLE minwon_ux.events')).toEqual([{ result: 1 }]);
    expect(await rows('EXISTS users')).toEqual([{ result: 0 }]);
    expect((await rows('SHOW CREATE TABLE events'))[0]?.statement).toMatch(/^CREATE TABLE minwon_ux\.events/);
    const create = await fetch(`${url}/`, { method: 'POST', headers: auth(), body: 'SHOW CREATE TABLE users' });
    expect(create.status).toBe(403);
  });

  it('answers SELECT * from the catalog, storage paths and sizes as neutral constants', async () => {
    const hidden: Record<string, Record<string, unknown>> = {
      databases: { data_path: '', metadata_path: '' },
      tables: { data_paths: [''], metadata_path: '', total_rows: null, total_bytes: null, parts: null },
      columns: { data_compressed_bytes: 0, data_uncompressed_bytes: 0, marks_bytes: 0 },
    };
    for (const [table, neutral] of Object.entries(hidden)) {
      const found = await rows(`SELECT * FROM system.${table}`);
      expect(found.length, table).toBeGreaterThan(0);
      for (const row of found) expect(row, table).toMatchObject({ name: expect.any(String), ...neutral });
    }
    expect(await rows("SELECT total_rows, t.total_bytes FROM system.tables AS t WHERE name = 'events'")).toEqual([
      { total_rows: null, total_bytes: null },
    ]);
    expect(await rows('SELECT count() AS n FROM system.tables WHERE total_bytes > 0')).toEqual([{ n: 0 }]);
    const aliased = await rows(
      "SELECT t.name AS n, count() AS c FROM system.tables AS t INNER JOIN system.columns AS c ON c.table = t.name WHERE t.name = 'events' GROUP BY n",
    );
    expect(aliased).toEqual([{ n: 'events', c: expect.any(Number) }]);
    expect(await rows("SELECT 'system.tables' AS s")).toEqual([{ s: 'system.tables' }]);
  });

  it('lets connection probes read settings, functions and type names', async () => {
    expect((await rows("SELECT name, value FROM system.settings WHERE name = 'readonly'"))[0]).toEqual({
      name: 'readonly',
      value: '1',
    });
    expect((await rows('SELECT count() > 100 AS many FROM system.functions'))[0]).toEqual({ many: 1 });
    expect((await rows("SELECT name FROM system.data_type_families WHERE name = 'DateTime64'"))[0]).toEqual({
      name: 'DateTime64',
    });
  });
});
