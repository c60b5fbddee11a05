import { randomUUID } from 'node:crypto';
import { gunzipSync, inflateSync } from 'node:zlib';
import type { Context } from 'hono';
import { outputSettings } from './client-settings.ts';
import { SqlError } from './sql-error.ts';

/** The largest query accepted (URL and body together, after a gzip body is inflated). */
export const MAX_QUERY_BYTES = 256 * 1024;

const QUERY_ID = /^[A-Za-z0-9_.:-]{1,128}$/;

/** `INSERT` after any leading comments: its rows would follow in the body (`INSERT … FORMAT Native`). */
const INSERT_STATEMENT = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*INSERT\b/i;

/** What a request to ClickHouse's HTTP interface asks for. */
export interface SqlRequest {
  /** `?query=` and the body, joined by a newline. */
  sql: string;
  /** `param_<name>` values for `{name:Type}`. */
  params: Record<string, string>;
  defaultFormat: string;
  queryId: string;
  /** Output settings the client sent (`client-settings.ts`). */
  output: string[];
  /** `gzip`/`deflate` when `enable_http_compression=1` and `Accept-Encoding` offers it. */
  compression: 'gzip' | 'deflate' | undefined;
  /** `compress=1`: ClickHouse's block compression (`block-compression.ts`), before any gzip. */
  blockCompression: boolean;
}

async function readBody(c: Context): Promise<string> {
  if (c.req.method !== 'POST') return '';
  if ((c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) {
    // As ClickHouse does: a multipart form may carry the query in its `query` field (external tables,
    // its other use, are not offered). A plain or url-encoded body is the query itself.
    const form = await c.req.parseBody();
    return typeof form.query === 'string' ? form.query : '';
  }
  const raw = Buffer.from(await c.req.arrayBuffer());
  const encoding = (c.req.header('content-encoding') ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return raw.toString('utf8');
  try {
    if (encoding === 'gzip') return gunzipSync(raw, { maxOutputLength: MAX_QUERY_BYTES }).toString('utf8');
    if (encoding === 'deflate') return inflateSync(raw, { maxOutputLength: MAX_QUERY_BYTES }).toString('utf8');
  } catch (cause) {
    throw new SqlError(400, 'CANNOT_DECOMPRESS', `Cannot read the ${encoding} request body (or it is over 256 KiB).`, {
      cause,
    });
  }
  throw new SqlError(
    400,
    'CANNOT_DECOMPRESS',
    `Request bodies in Content-Encoding ${encoding.slice(0, 32)} are not read here; send the query plain, gzip or deflate (the SQL port is read-only: inserts are refused in any encoding).`,
  );
}

/**
 * Clients' insert() sends `INSERT … FORMAT x` in the URL or at the head of the body, then the rows,
 * which would otherwise be read as SQL and refused as a syntax error: say what is refused instead.
 */
function refuseInsert(sql: string): void {
  if (INSERT_STATEMENT.test(sql)) {
    throw new SqlError(403, 'READONLY', 'Only SELECT queries are allowed here (read-only): nothing is inserted.');
  }
}

function chooseCompression(c: Context): SqlRequest['compression'] {
  if (c.req.query('enable_http_compression') !== '1') return undefined;
  const accepted = (c.req.header('accept-encoding') ?? '').toLowerCase();
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  if (/\bdeflate\b/.test(accepted)) return 'deflate';
  return undefined;
}

/**
 * Reads a request to ClickHouse's HTTP interface: the query from `?query=` and/or the body (gzip or
 * deflate bodies inflated), `param_*`, `default_format` (or the `X-ClickHouse-Format` header),
 * `query_id`, output settings, and whether to compress the answer. The `database` parameter (or
 * `X-ClickHouse-Database`) may be empty, `default` or `database`; any other is refused.
 *
 * @example
 * const request = await readSqlRequest(c, 'minwon_ux');
 */
export async function readSqlRequest(c: Context, database: string): Promise<SqlRequest> {
  const query = c.req.query();
  refuseInsert(query.query ?? '');
  const body = await readBody(c);
  const sql = [query.query ?? '', body].filter((s) => s.trim() !== '').join('\n');
  refuseInsert(sql);
  if (Buffer.byteLength(sql) > MAX_QUERY_BYTES) {
    throw new SqlError(413, 'QUERY_IS_TOO_LARGE', 'Queries are limited to 256 KiB.');
  }
  const asked = query.database ?? c.req.header('x-clickhouse-database') ?? '';
  if (asked !== '' && asked !== 'default' && asked !== database) {
    throw new SqlError(
      404,
      'UNKNOWN_DATABASE',
      `Database ${asked.slice(0, 64)} does not exist here; the readable database is ${database}.`,
    );
  }
  if (query.decompress === '1') {
    throw new SqlError(
      400,
      'BAD_ARGUMENTS',
      'Request bodies in ClickHouse block compression (decompress=1) are not read here; send plain or gzip bodies.',
    );
  }
  const queryId = query.query_id && QUERY_ID.test(query.query_id) ? query.query_id : randomUUID();
  return {
    sql,
    params: Object.fromEntries(
      Object.entries(query)
        .filter(([k]) => k.startsWith('param_'))
        .map(([k, v]) => [k.slice(6), v]),
    ),
    defaultFormat: query.default_format ?? c.req.header('x-clickhouse-format') ?? 'TabSeparated',
    queryId,
    output: outputSettings(query),
    compression: chooseCompression(c),
    blockCompression: query.compress === '1',
  };
}
