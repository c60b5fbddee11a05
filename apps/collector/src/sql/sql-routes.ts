import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { writeAudit } from '../auth/audit-log.ts';
import type { AuthDeps } from '../auth/auth-context.ts';
import type { AnalystRunner } from './analyst-runner.ts';
import { contentTypeFor } from './content-type.ts';
import { prepareAnalystQuery } from './prepare-query.ts';
import { authenticateSql, type SqlCaller } from './sql-auth.ts';
import { SqlError, toSqlError } from './sql-error.ts';

const MAX_QUERY_BYTES = 256 * 1024;

/**
 * The analyst SQL endpoint, speaking ClickHouse's HTTP interface: `GET|POST /clickhouse` with the query
 * in `?query=` and/or the body, `default_format` or a trailing FORMAT, `param_<name>` values for
 * `{name:Type}`, `GET /clickhouse/ping`. Read-only and scoped to the caller's sites; every query is
 * audited. Errors answer ClickHouse's text format with a 4xx status.
 *
 * @example
 * app.route('/clickhouse', createSqlRoutes(auth, new AnalystRunner(analystStore)));
 */
export function createSqlRoutes(auth: AuthDeps, runner: AnalystRunner) {
  const app = new Hono();

  app.get('/ping', (c) => c.text('Ok.\n'));
  app.use(
    '/',
    bodyLimit({
      maxSize: MAX_QUERY_BYTES,
      onError: (c) => c.text(new SqlError(413, 'QUERY_IS_TOO_LARGE', 'Queries are limited to 256 KiB.').toBody(), 413),
    }),
  );
  app.on(['GET', 'POST'], '/', async (c) => {
    const body = c.req.method === 'POST' ? await c.req.text() : '';
    const sql = [c.req.query('query') ?? '', body].filter((s) => s.trim() !== '').join('\n');
    if (c.req.method === 'GET' && sql === '') return c.text('Ok.\n');
    let caller: SqlCaller | undefined;
    const started = Date.now();
    try {
      caller = await authenticateSql(auth, c);
      const params = Object.fromEntries(
        Object.entries(c.req.query())
          .filter(([k]) => k.startsWith('param_'))
          .map(([k, v]) => [k.slice(6), v]),
      );
      const defaultFormat = c.req.query('default_format') ?? 'TabSeparated';
      const { siteKeys } = caller.scope;
      const { format, output } = await runner.run(async (store) => {
        const { query, format } = await prepareAnalystQuery(store, {
          sql,
          params,
          siteKeys,
          limits: auth.sql,
          defaultFormat,
        });
        const result = await store.client
          .exec({ query, query_params: params, clickhouse_settings: { default_format: format as 'TabSeparated' } })
          .catch((cause: unknown) => Promise.reject(toSqlError(cause)));
        const chunks: Buffer[] = [];
        for await (const chunk of result.stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
        return { format, output: Buffer.concat(chunks) };
      });
      await audit(caller, 'ok', { ms: Date.now() - started, format, bytes: output.length });
      return c.body(new Uint8Array(output), 200, {
        'Content-Type': contentTypeFor(format),
        'X-ClickHouse-Format': format,
      });
    } catch (err) {
      if (!(err instanceof SqlError)) throw err;
      if (caller) await audit(caller, 'denied', { ms: Date.now() - started, error: err.type });
      return c.text(err.toBody(), err.status, { 'X-ClickHouse-Exception-Code': String(err.clickhouseCode) });
    }

    function audit({ user, via }: SqlCaller, outcome: 'ok' | 'denied', detail: Record<string, unknown>) {
      return writeAudit(auth.store, {
        userId: user.id,
        email: user.email,
        agencyId: user.agencyId,
        action: 'sql_query',
        target: via,
        outcome,
        detail: { query: sql.slice(0, 2000), ...detail },
      });
    }
  });
  return app;
}
