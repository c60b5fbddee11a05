import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../http/api-error.ts';
import type { EventSink } from './event-sink.ts';
import type { IngestControls } from './ingest-controls.ts';

export interface GuardDeps {
  controls: IngestControls;
  sink: EventSink;
  clientIp: (c: Context) => string;
}

/**
 * Runs before an ingest body is read, cheapest refusal first: the in-flight cap (503), the sink's
 * state (503 while the spool is full or the store has been down too long), the per-client rate limit
 * (429). Every refusal carries `Retry-After`. Counts every refused request by code for `/metrics`.
 *
 * @example
 * app.post('/events', ingestGuard({ controls, sink, clientIp }), handler);
 */
export function ingestGuard({ controls, sink, clientIp }: GuardDeps): MiddlewareHandler {
  return async function ingestGuardMiddleware(c, next) {
    if (!controls.enter()) {
      controls.metrics.refused.inc({ code: 'overloaded' });
      throw new ApiError(503, 'overloaded', 'The collector is busy. Retry later.', { headers: { 'Retry-After': '1' } });
    }
    try {
      const state = sink.state();
      if (state !== 'ok') {
        const retryAfter = state === 'spool_full' ? '5' : '30';
        throw new ApiError(503, state, 'The collector cannot store events right now. Retry later.', {
          headers: { 'Retry-After': retryAfter },
        });
      }
      const wait = controls.clientWait(clientIp(c));
      if (wait > 0) {
        throw new ApiError(429, 'rate_limited', 'Too many requests from this client.', {
          headers: { 'Retry-After': String(wait) },
        });
      }
      await next();
    } catch (err) {
      if (err instanceof ApiError) controls.metrics.refused.inc({ code: err.code });
      throw err;
    } finally {
      controls.leave();
    }
    if (c.error instanceof ApiError) controls.metrics.refused.inc({ code: c.error.code });
    else if (c.error) controls.metrics.refused.inc({ code: 'internal' });
  };
}
