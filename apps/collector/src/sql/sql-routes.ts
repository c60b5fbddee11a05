import { promisify } from 'node:util';
import { deflate as deflateCallback, gzip as gzipCallback } from 'node:zlib';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { SqlConfig } from '../config.ts';
import { ApiError } from '../http/api-error.ts';
import type { AnalystRunner } from './analyst-runner.ts';
import { compressBlocks } from './block-compression.ts';
import { contentTypeFor } from './content-type.ts';
import { prepareAnalystQuery } from './prepare-query.ts';
import type { SqlAccess, SqlCaller } from './sql-access.ts';
import { SqlError, toSqlError } from './sql-error.ts';
import { MAX_QUERY_BYTES, readSqlRequest, type SqlRequest } from './sql-request.ts';

export interface SqlRoutesDeps {
  access: SqlAccess;
  runner: AnalystRunner;
  limits: SqlConfig;
  /** Whether a dashboard session may run SQL (on `/clickhouse`); the SQL port takes API tokens only. */
  allowSession: boolean;
}

/** An authentication refusal from `SqlAccess`, in ClickHouse's error format. */
function fromAccessError(err: unknown): unknown {
  if (!(err instanceof ApiError)) return err;
  const type = err.status === 401 || err.status === 429 ? 'AUTHENTICATION_FAILED' : 'ACCESS_DENIED';
  const status = err.status === 401 || err.status === 429 ? err.status : 403;
  return new SqlError(status, type, err.message, { cause: err, headers: err.headers });
}

interface Output {
  format: string;
  body: Buffer;
  summary: Record<string, string>;
}

async function runQuery(deps: SqlRoutesDeps, caller: SqlCaller, request: SqlRequest): Promise<Output> {
  return deps.runner.run(async (store) => {
    const started = process.hrtime.bigint();
    const { query, format } = await prepareAnalystQuery(store, {
      sql: request.sql,
      params: request.params,
      siteKeys: caller.siteKeys,
      limits: deps.limits,
      defaultFormat: request.defaultFormat,
      output: request.output,
    });
    const result = await store.client
      .exec({ query, query_params: request.params, clickhouse_settings: { default_format: format as 'TabSeparated' } })
      .catch((cause: unknown) => Promise.reject(toSqlError(cause)));
    const chunks: Buffer[] = [];
    for await (const chunk of result.stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    const body = Buffer.concat(chunks);
    const read: Partial<Record<string, string>> = { ...result.summary };
    const summary = {
      read_rows: String(read.read_rows ?? '0'),
      read_bytes: String(read.read_bytes ?? '0'),
      written_rows: '0',
      written_bytes: '0',
      total_rows_to_read: String(read.total_rows_to_read ?? '0'),
      result_rows: String(read.result_rows ?? '0'),
      result_bytes: String(body.length),
      elapsed_ns: String(process.hrtime.bigint() - started),
    };
    return { format, body, summary };
  });
}

// zlib's thread pool, not the event loop, compresses big answers.
const gzip = promisify(gzipCallback);
const deflate = promisify(deflateCallback);

async function encode(output: Buffer, { compression, blockCompression }: SqlRequest): Promise<Buffer> {
  const body = blockCompression ? await compressBlocks(output) : output;
  if (compression === 'gzip') return gzip(body);
  if (compression === 'deflate') return deflate(body);
  return body;
}

/**
 * Analyst SQL over ClickHouse's HTTP interface — the one implementation behind both doors
 * (`/clickhouse` on the collector's port and `/` on the SQL port, `MINWON_SQL_PORT`): `GET|POST /`
 * with the query in `?query=` and/or the body, `database` (or `X-ClickHouse-Database`: empty,
 * `default` or the analyst database), `default_format` or a trailing FORMAT, `param_<name>` for
 * `{name:Type}`, gzip answers on `enable_http_compression=1` and block compression on `compress=1`, `X-ClickHouse-Format|Query-Id|Summary`
 * headers, `GET /ping` and `/replicas_status`. Read-only and scoped to the caller's sites; every
 * query is audited. Errors answer ClickHouse's text format with a 4xx status.
 *
 * @example
 * const sql = createSqlRoutes({ access, runner, limits: config.sql, allowSession: true });
 * app.route('/clickhouse', sql);
 */
export function createSqlRoutes(deps: SqlRoutesDeps) {
  const app = new Hono();
  const { access, runner } = deps;

  app.get('/ping', (c) => c.text('Ok.\n'));
  app.get('/replicas_status', (c) => c.text('Ok.\n'));
  app.use(
    '/',
    bodyLimit({
      maxSize: MAX_QUERY_BYTES,
      onError: (c) => c.text(new SqlError(413, 'QUERY_IS_TOO_LARGE', 'Queries are limited to 256 KiB.').toBody(), 413),
    }),
  );
  app.on(['GET', 'POST'], '/', async (c) => {
    if (c.req.method === 'GET' && (c.req.query('query') ?? '').trim() === '') return c.text('Ok.\n');
    let caller: SqlCaller | undefined;
    let request: SqlRequest | undefined;
    const started = Date.now();
    try {
      caller = await access.authenticate(c, { allowSession: deps.allowSession }).catch((err: unknown) => {
        throw fromAccessError(err);
      });
      request = await readSqlRequest(c, runner.store.database);
      if (request.sql.trim() === '') throw new SqlError(400, 'SYNTAX_ERROR', 'Empty query.');
      const { format, body, summary } = await runQuery(deps, caller, request);
      await access.audit(caller, {
        outcome: 'ok',
        query: request.sql,
        detail: { ms: Date.now() - started, format, bytes: body.length },
      });
      const headers: Record<string, string> = {
        'Content-Type': contentTypeFor(format),
        'X-ClickHouse-Format': format,
        'X-ClickHouse-Query-Id': request.queryId,
        'X-ClickHouse-Summary': JSON.stringify(summary),
      };
      if (request.compression) headers['Content-Encoding'] = request.compression;
      return c.body(new Uint8Array(await encode(body, request)), 200, headers);
    } catch (err) {
      if (!(err instanceof SqlError)) throw err;
      if (caller) {
        await access.audit(caller, {
          outcome: 'denied',
          query: request?.sql ?? c.req.query('query') ?? '',
          detail: { ms: Date.now() - started, error: err.type },
        });
      }
      return answerError(c, err, request?.queryId);
    }
  });
  return app;
}

function answerError(c: Context, err: SqlError, queryId: string | undefined) {
  return c.text(err.toBody(), err.status, {
    ...err.headers,
    'X-ClickHouse-Exception-Code': String(err.clickhouseCode),
    ...(queryId ? { 'X-ClickHouse-Query-Id': queryId } : {}),
  });
}
