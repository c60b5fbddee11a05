import { randomBytes } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { createApiRoutes } from './api/api-routes.ts';
import { mountAccess } from './auth/mount-access.ts';
import type { AuthConfig, InsightsConfig, SqlConfig } from './config.ts';
import { createHeatmapTokens, type HeatmapTokens } from './heatmap/heatmap-token.ts';
import { createOverlayRoutes } from './heatmap/overlay-routes.ts';
import { createOnError } from './http/on-error.ts';
import type { EventSink } from './ingest/event-sink.ts';
import { createIngestControls, type IngestControls } from './ingest/ingest-controls.ts';
import { createIngestRoutes } from './ingest/ingest-routes.ts';
import { VisitorHasher } from './ingest/visitor-hasher.ts';
import type { Logger } from './logger.ts';
import { createOpsRoutes } from './ops/ops-routes.ts';
import type { SiteRegistry } from './sites/site-registry.ts';
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
  /** Site deletion through the ingest pipeline (`bootCollector`'s `ingest`), used by `/api/admin/sites`. */
  ingest?: { deleteSite(key: string): Promise<boolean> };
  /** The connection `/clickhouse` runs analyst queries on (`bootCollector` opens one); `store` when absent. */
  analystStore?: Store;
  /** Heatmap overlay links (`bootCollector` makes them from its secret); a random secret when absent. */
  heatmapTokens?: HeatmapTokens;
}

/**
 * Composes the collector: ingest, health, the dashboard API and static files. Starts no server, so
 * tests call `app.request(...)` directly.
 *
 * @example
 * const app = createApp({ store, sites, sink, logger });
 * const res = await app.request('/healthz');
 */
export function createApp({
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
  ingest,
  analystStore,
  heatmapTokens = createHeatmapTokens(randomBytes(32).toString('base64url')),
}: AppDeps) {
  const app = new Hono();
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
  mountAccess(app, { store, sites, clientIp, authConfig, sqlConfig, ingest, analystStore });
  app.route('/api', createApiRoutes({ store, sites, insights: insightsConfig, heatmapTokens }));
  app.route('/', createStaticRoutes());
  return app;
}
