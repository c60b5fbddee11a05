import { Hono } from 'hono';
import type { EventSink } from '../ingest/event-sink.ts';
import type { IngestMetrics } from '../ingest/ingest-metrics.ts';
import type { Store } from '../store/create-store.ts';

export interface OpsDeps {
  store: Store;
  sink: EventSink;
  metrics: IngestMetrics;
  /** True once migrations have run (`bootCollector` sets it before the app exists). */
  migrated: () => boolean;
}

/**
 * `GET /readyz`: 200 when the store answers, migrations are done and the sink takes rows (spool not
 * full, store not down too long); else 503 with the failing checks. `GET /metrics`: Prometheus text.
 *
 * @example
 * app.route('/', createOpsRoutes({ store, sink, metrics, migrated: () => true }));
 */
export function createOpsRoutes({ store, sink, metrics, migrated }: OpsDeps) {
  const app = new Hono();
  app.get('/readyz', async (c) => {
    const storeOk = await store.client.ping().then(
      (r) => r.success,
      () => false,
    );
    const sinkState = sink.state();
    const checks = { store: storeOk, migrations: migrated(), sink: sinkState };
    if (storeOk && checks.migrations && sinkState === 'ok') return c.json({ status: 'ready', checks });
    c.header('Retry-After', '5');
    return c.json({ error: { code: 'not_ready', message: 'The collector is not ready.' }, checks }, 503);
  });
  app.get('/metrics', (c) => {
    c.header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8');
    return c.body(metrics.registry.render());
  });
  return app;
}
