import { Hono } from 'hono';
import type { Logger } from '../logger.ts';
import { SqlError } from './sql-error.ts';

/**
 * The app of the SQL port (`MINWON_SQL_PORT`, default 8123): the same SQL routes as `/clickhouse`,
 * at `/`, as a ClickHouse server answers them — so a client given only host, port, user and password
 * connects. Anything else answers a ClickHouse-style 404; unexpected failures a 500 without internals.
 *
 * @example
 * const sqlPort = createSqlPortApp(sqlRoutes, logger);
 * serve({ fetch: sqlPort.fetch, port: 8123 });
 */
export function createSqlPortApp(routes: Hono, logger: Logger) {
  const app = new Hono();
  app.route('/', routes);
  app.notFound((c) => {
    const path = c.req.path.slice(0, 100);
    return c.text(
      new SqlError(
        404,
        'UNKNOWN_HANDLER',
        `There is no handle ${path}. Use / for queries, /ping for health checks.`,
      ).toBody(),
      404,
    );
  });
  app.onError((err, c) => {
    logger.error({ err: { name: err.name, message: err.message, stack: err.stack } }, 'sql port: unhandled error');
    return c.text('Code: 1001. DB::Exception: Internal error. (STD_EXCEPTION)\n', 500);
  });
  return app;
}
