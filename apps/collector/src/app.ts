import { randomBytes } from 'node:crypto';
import { SHARE_MIN_SESSIONS_DEFAULT } from '@minwon-ux/api-contract';
import { type Context, Hono } from 'hono';
import { getPath } from 'hono/utils/url';
import { createApiRoutes } from './api/api-routes.ts';
import { createOverlayRoutes } from './api/routes/overlay-routes.ts';
import { createAdminRoutes } from './auth/admin/admin-routes.ts';
import { mountAccess } from './auth/mount-access.ts';
import { createSqlAccess } from './auth/sql-access.ts';
import type { AuthConfig, InsightsConfig, SharingConfig, SqlConfig } from './config.ts';
import { createHeatmapTokens, type HeatmapTokens } from './heatmap/heatmap-token.ts';
import { createOnError } from './http/on-error.ts';
import { rejectUnknownRoutes } from './http/unknown-routes.ts';
import type { EventSink } from './ingest/event-sink.ts';
import { createIngestControls, type IngestControls } from './ingest/ingest-controls.ts';
import { createIngestRoutes } from './ingest/ingest-routes.ts';
import { VisitorHasher } from './ingest/visitor-hasher.ts';
import type { Logger } from './logger.ts';
import { createOpsRoutes } from './ops/ops-routes.ts';
import type { DigestConfig } from './scorecard/digest/digest-config.ts';
import { createBenchmarkRoutes } from './sharing/benchmark-routes.ts';
import { createSharingAdminRoutes } from './sharing/sharing-admin-routes.ts';
import type { SiteRegistry } from './sites/site-registry.ts';
import { AnalystRunner } from './sql/analyst-runner.ts';
import { listAnalystTables } from './sql/analyst-tables.ts';
import { createSqlPortApp } from './sql/sql-port.ts';
import { createSqlRoutes } from './sql/sql-routes.ts';
import { createStaticRoutes } from './static/static-routes.ts';
import type { Store } from './store/create-store.ts';

export interface AppDeps {
  store: Store;
  sites: SiteRegistry;
  sink: EventSink;
  logger: Logger;
  visitors?: VisitorHasher;
  clientIp?: (c: Context) => string;
  now?: () => number;
  /** Ingest metrics, rate limits and in-flight cap (`bootCollector` makes them); defaults when absent. */
  controls?: IngestControls;
  /** For `/readyz`: whether migrations are done (true when absent). */
  migrated?: () => boolean;
  /** Accounts and analyst SQL settings (`loadConfig().auth`/`.sql`); defaults when absent. */
  authConfig?: AuthConfig;
  sqlConfig?: SqlConfig;
  /** The insight archive's settings (`loadConfig().insights`); defaults when absent. */
  insightsConfig?: InsightsConfig;
  /** Joint benchmarks (`loadConfig().sharing`); `MINWON_SHARE_MIN_SESSIONS`' default when absent. */
  sharingConfig?: SharingConfig;
  /** Site deletion through the ingest pipeline (`bootCollector`'s `ingest`), used by `/api/admin/sites`. */
  ingest?: { deleteSite(key: string): Promise<boolean> };
  /** The connection `/clickhouse` runs analyst queries on (`bootCollector` opens one); `store` when absent. */
  analystStore?: Store;
  /** The built dashboard served at `/` (`static/static-routes.ts`' default when absent). */
  dashboardDir?: string;
  /** Heatmap overlay links (`bootCollector` makes them from its secret); a random secret when absent. */
  heatmapTokens?: HeatmapTokens;
  /** The monthly scorecard digest (`loadConfig().digest`); no mail server when absent. */
  digestConfig?: DigestConfig;
}

/** Paths where an API answers: an unknown one is a JSON 404, never the dashboard's HTML. */
const API_PREFIXES = ['/api/*', '/v1/*', '/clickhouse/*'];

/**
 * Composes the collector: ingest, health, the dashboard API and static files. Starts no server, so
 * tests call `app.request(...)` directly.
 *
 * @example
 * const app = createApp({ store, sites, sink, logger });
 * const res = await app.request('/healthz');
 */
export function createApp(deps: AppDeps) {
  return createCollectorApps(deps).app;
}

/**
 * The collector's two HTTP apps: `app` (ingest, health, dashboard API, `/clickhouse`, static files)
 * and `sqlPort`, the ClickHouse HTTP interface at `/` for the SQL port (`MINWON_SQL_PORT`). Both
 * share one analyst SQL implementation, one query queue and one set of login limiters. Starts no
 * server: `server.ts` listens, tests call `app.request(...)` or serve `sqlPort` on a free port.
 *
 * @example
 * const { app, sqlPort } = createCollectorApps({ store, sites, sink, logger });
 * const res = await sqlPort.request('/ping');
 */
export function createCollectorApps({
  store,
  sites,
  sink,
  logger,
  visitors = new VisitorHasher(),
  clientIp = () => '',
  now,
  controls = createIngestControls(),
  migrated = () => true,
  authConfig,
  sqlConfig,
  insightsConfig,
  sharingConfig = { minSessions: SHARE_MIN_SESSIONS_DEFAULT },
  ingest,
  analystStore,
  dashboardDir,
  heatmapTokens = createHeatmapTokens(randomBytes(32).toString('base64url')),
  digestConfig,
}: AppDeps) {
  // `/clickhouse/` is `/clickhouse`, as people type ClickHouse URLs.
  const app = new Hono({ getPath: (req) => getPath(req).replace(/^\/clickhouse\/$/, '/clickhouse') });
  app.onError(createOnError(logger));
  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'Not found.' } }, 404));

  app.get('/healthz', async (c) => {
    const ok = await store.client.ping().then(
      (r) => r.success,
      () => false,
    );
    return ok
      ? c.json({ status: 'ok' })
      : c.json({ error: { code: 'store_unavailable', message: 'The store does not answer.' } }, 503);
  });

  app.route('/', createOpsRoutes({ store, sink, metrics: controls.metrics, migrated }));

  // Body sizes are enforced where the body is read (`ingest/read-body.ts`): a declared length above the
  // limit or a chunked body is streamed and cut off at the limit, a gzip body again after inflating.
  app.route('/v1/heatmap', createOverlayRoutes({ store, sites, tokens: heatmapTokens }));
  app.route('/v1', createIngestRoutes({ sites, sink, controls, visitors, clientIp, ...(now ? { now } : {}) }));
  app.use(
    '/api/*',
    rejectUnknownRoutes('/api/', () => app.routes),
  );
  const auth = mountAccess(app, { store, sites, clientIp, authConfig, sqlConfig });
  app.route(
    '/api/admin',
    createAdminRoutes(auth, {
      deleteSite: ingest ? (key) => ingest.deleteSite(key) : (key) => sites.delete(key),
      listAnalystTables,
    }),
  );
  const sqlDeps = { access: createSqlAccess(auth), runner: new AnalystRunner(analystStore ?? store), limits: auth.sql };
  app.route('/clickhouse', createSqlRoutes({ ...sqlDeps, allowSession: true }));
  app.route('/api', createApiRoutes({ store, sites, insights: insightsConfig, heatmapTokens, digest: digestConfig }));
  app.route('/api/admin/agencies', createSharingAdminRoutes(store));
  app.route('/api', createBenchmarkRoutes({ store, sites, minSessions: sharingConfig.minSessions }));
  // Unknown API paths answer JSON, logged in or not; only the rest falls through to the dashboard.
  for (const prefix of API_PREFIXES) {
    app.all(prefix, (c) => c.json({ error: { code: 'not_found', message: 'No such API route.' } }, 404));
  }
  app.route('/', createStaticRoutes({ dashboardDir }));
  const sqlPort = createSqlPortApp(createSqlRoutes({ ...sqlDeps, allowSession: false }), logger);
  return { app, sqlPort };
}
