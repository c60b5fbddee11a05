import { describeIssue, replayChunkSchema, scrubPath, WIRE_LIMITS } from '@minwon-ux/schema';
import { Hono } from 'hono';
import { ApiError } from '../http/api-error.ts';
import { preflight, resolveSite } from './cors.ts';
import type { IngestRouteDeps } from './events-route.ts';
import { ingestGuard } from './ingest-guard.ts';
import { type BodyLimits, readJsonBody } from './read-body.ts';
import type { ReplayRow } from './replay-row.ts';
import { scrubDeep } from './scrub-deep.ts';
import { sinkFailure } from './sink-failure.ts';

/**
 * Replay chunks are larger than event batches and compress well: the wire limit applies to the
 * compressed body, 4× that to the decompressed one. rrweb snapshots nest like the DOM they record.
 */
export const REPLAY_BODY_LIMITS: BodyLimits = {
  maxBytes: WIRE_LIMITS.maxBodyBytes,
  maxDecodedBytes: 4 * WIRE_LIMITS.maxBodyBytes,
  maxDepth: 200,
};

/**
 * `POST /v1/replay`: one rrweb chunk of a sampled session. Same guard, site, origin and rate checks as
 * events; every string in the chunk passes the scrubber; the chunk goes on the spool and is stored
 * compressed in `replay_chunks`. 202 `{ accepted: 1 }`.
 */
export function createReplayRoute({ sites, sink, controls, clientIp, now = Date.now }: IngestRouteDeps) {
  const app = new Hono();
  app.options('/', (c) => preflight(c, sites));
  app.post('/', ingestGuard({ controls, sink, clientIp }), async (c) => {
    const receivedAt = now();
    const body = await readJsonBody(c, REPLAY_BODY_LIMITS);
    const parsed = replayChunkSchema.safeParse(body);
    if (!parsed.success) {
      throw new ApiError(400, 'invalid_chunk', `The replay chunk is invalid (${describeIssue(parsed.error)}).`);
    }
    const chunk = parsed.data;
    const site = resolveSite(c, sites, chunk.site, controls.siteWait);
    // Serialized from the decoded body, not zod's copy: JSON.parse keeps every key as an own property.
    const events = (body as { events: unknown[] }).events;
    const row: ReplayRow = {
      site_id: site.key,
      session_id: chunk.sid,
      chunk: chunk.chunk,
      received_at: receivedAt,
      ts: receivedAt,
      path: scrubPath(chunk.path, site.allowedParams),
      event_count: events.length,
      data: JSON.stringify(scrubDeep(events)),
      retention_days: site.retentionDays,
    };
    try {
      await sink.acceptReplay([row]);
    } catch (err) {
      throw sinkFailure(err);
    }
    controls.metrics.accepted.inc({ endpoint: 'replay' });
    return c.json({ accepted: 1 }, 202);
  });
  return app;
}
