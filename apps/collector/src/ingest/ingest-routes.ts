import { Hono } from 'hono';
import { createEventsRoute, type IngestRouteDeps } from './events-route.ts';
import { createReplayRoute } from './replay-route.ts';

/**
 * The public ingest surface, mounted at `/v1`: `POST /events` and `POST /replay`, with CORS preflights.
 *
 * @example
 * app.route('/v1', createIngestRoutes({ sites, sink, controls, visitors, clientIp }));
 */
export function createIngestRoutes(deps: IngestRouteDeps) {
  const app = new Hono();
  app.route('/events', createEventsRoute(deps));
  app.route('/replay', createReplayRoute(deps));
  return app;
}
