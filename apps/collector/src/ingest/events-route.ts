import { parseBatch } from '@minwon-ux/schema';
import { Hono } from 'hono';
import { ApiError } from '../http/api-error.ts';
import type { SiteRegistry } from '../sites/site-registry.ts';
import { describeUserAgent } from './client-context.ts';
import type { EventSink } from './event-sink.ts';
import { readJsonBody } from './read-body.ts';
import { toEventRow } from './to-row.ts';
import type { VisitorHasher } from './visitor-hasher.ts';

export interface EventsRouteDeps {
  sites: SiteRegistry;
  sink: EventSink;
  visitors: VisitorHasher;
  /** The client's IP, used only inside the visitor hash and never stored. */
  clientIp: (c: import('hono').Context) => string;
  now?: () => number;
}

/**
 * `POST /v1/events`: validate the batch, check the site and its origin, scrub and enrich, hand the
 * rows to the sink, then acknowledge with 202 `{ accepted, rejected }`.
 */
export function createEventsRoute({ sites, sink, visitors, clientIp, now = Date.now }: EventsRouteDeps) {
  const app = new Hono();

  app.options('/', (c) => {
    const origin = c.req.header('origin') ?? '';
    if (!sites.isKnownOrigin(origin)) throw new ApiError(403, 'origin_not_allowed', 'This origin may not send events.');
    c.header('Access-Control-Allow-Origin', origin);
    c.header('Access-Control-Allow-Methods', 'POST');
    c.header('Access-Control-Allow-Headers', 'Content-Type, Content-Encoding');
    c.header('Access-Control-Max-Age', '86400');
    c.header('Vary', 'Origin');
    return c.body(null, 204);
  });

  app.post('/', async (c) => {
    const receivedAt = now();
    const parsed = parseBatch(await readJsonBody(c));
    if (!parsed.ok) throw new ApiError(400, parsed.code, `The batch is invalid (${parsed.reason}).`);
    const { envelope } = parsed;
    const site = sites.get(envelope.site);
    if (!site) throw new ApiError(403, 'unknown_site', 'This site key is not registered.');
    const origin = c.req.header('origin');
    if (!origin || origin === 'null' || !site.origins.includes(origin)) {
      throw new ApiError(403, 'origin_not_allowed', 'This origin may not send events for this site.');
    }
    c.header('Access-Control-Allow-Origin', origin);
    c.header('Vary', 'Origin');
    if (parsed.events.length === 0) {
      return c.json(
        { error: { code: 'no_valid_events', message: 'No event in the batch is valid.' }, rejected: parsed.rejected },
        400,
      );
    }
    const userAgent = c.req.header('user-agent') ?? '';
    const context = {
      site,
      sessionId: envelope.sid,
      visitorId: visitors.visitorId(site.key, clientIp(c), userAgent),
      receivedAt,
      skewMs: receivedAt - envelope.sentAt,
      client: describeUserAgent(userAgent),
    };
    await sink.accept(parsed.events.map((event) => toEventRow(event, context)));
    return c.json({ accepted: parsed.events.length, rejected: parsed.rejected }, 202);
  });

  return app;
}
