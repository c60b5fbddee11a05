import { parseBatch, WIRE_LIMITS } from '@minwon-ux/schema';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { ApiError } from '../http/api-error.ts';
import type { SiteRegistry } from '../sites/site-registry.ts';
import { describeUserAgent } from './client-context.ts';
import { preflight, resolveSite } from './cors.ts';
import type { EventSink } from './event-sink.ts';
import type { IngestControls } from './ingest-controls.ts';
import { ingestGuard } from './ingest-guard.ts';
import { type BodyLimits, readJsonBody } from './read-body.ts';
import { sinkFailure } from './sink-failure.ts';
import { toEventRows } from './to-row.ts';
import type { VisitorHasher } from './visitor-hasher.ts';

export interface IngestRouteDeps {
  sites: SiteRegistry;
  sink: EventSink;
  controls: IngestControls;
  visitors: VisitorHasher;
  /** The client's IP, used only inside the visitor hash and the rate-limit key; never stored. */
  clientIp: (c: Context) => string;
  now?: () => number;
}

/** A batch nests at most: envelope → events → event → props/trail → value. */
export const EVENT_BODY_LIMITS: BodyLimits = {
  maxBytes: WIRE_LIMITS.maxBodyBytes,
  maxDecodedBytes: WIRE_LIMITS.maxBodyBytes,
  maxDepth: 8,
};

/**
 * `POST /v1/events`: guard, read and validate the batch, check site, origin and rate, drop events
 * already acknowledged, scrub and enrich, put the rows on the spool, then 202 `{ accepted, rejected }`.
 */
export function createEventsRoute({ sites, sink, controls, visitors, clientIp, now = Date.now }: IngestRouteDeps) {
  const app = new Hono();
  app.options('/', (c) => preflight(c, sites));
  app.post('/', ingestGuard({ controls, sink, clientIp }), async (c) => {
    const receivedAt = now();
    const batch = parseBatch(await readJsonBody(c, EVENT_BODY_LIMITS));
    if (!batch.ok) throw new ApiError(400, batch.code, `The batch is invalid (${batch.reason}).`);
    const { envelope, events, indices, rejected } = batch;
    const site = resolveSite(c, sites, envelope.site, controls.siteWait);
    if (events.length === 0) {
      controls.metrics.rejectedEvents.inc({ reason: 'invalid_event' }, rejected.length);
      return c.json({ error: { code: 'no_valid_events', message: 'No event in the batch is valid.' }, rejected }, 400);
    }
    const fresh = events.filter((event, i) => {
      if (controls.recentIds.claim(event.id)) return true;
      rejected.push({ index: indices[i]!, code: 'duplicate_event', reason: 'already received' });
      return false;
    });
    const userAgent = c.req.header('user-agent') ?? '';
    const context = {
      site,
      sessionId: envelope.sid,
      visitorId: visitors.visitorId(site.key, clientIp(c), userAgent),
      receivedAt,
      skewMs: receivedAt - envelope.sentAt,
      client: describeUserAgent(userAgent),
    };
    if (fresh.length > 0) {
      try {
        await sink.accept(toEventRows(fresh, context));
      } catch (err) {
        controls.recentIds.release(fresh.map((e) => e.id));
        throw sinkFailure(err);
      }
    }
    for (const r of rejected) controls.metrics.rejectedEvents.inc({ reason: r.code });
    controls.metrics.accepted.inc({ endpoint: 'events' }, fresh.length);
    return c.json({ accepted: fresh.length, rejected }, 202);
  });
  return app;
}
