import type { InsightResponse, InsightsResponse } from '@minwon-ux/api-contract';
import { Hono } from 'hono';
import { z } from 'zod';
import type { InsightsConfig } from '../../config.ts';
import { ApiError } from '../../http/api-error.ts';
import { DEFAULT_ARCHIVE_MAX_AGE_MS } from '../../insights/archive/archived-inputs.ts';
import { archivedInsights } from '../../insights/archive/archived-insights.ts';
import { describeInsight } from '../../insights/evidence/describe-evidence.ts';
import { INSIGHT_KINDS, type InsightKind } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';
import { queryExampleSessions } from '../queries/example-sessions.ts';
import { queryReplayAvailability } from '../queries/replay-availability.ts';
import { readSiteFilters } from '../site-filters.ts';

const listQuery = z.object({
  kind: z.enum(INSIGHT_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * `GET insights` (ranked, with `archivedAt`: when the oldest archive run they rest on ran) and
 * `GET insights/:id` (one insight with example sessions and replays), from the insight archive, each
 * with its readable evidence (`describeInsight`).
 */
export function createInsightRoutes({
  store,
  insights: config,
}: {
  store: Store;
  insights?: InsightsConfig | undefined;
}) {
  const maxAgeMs = config?.archiveMaxAgeMs ?? DEFAULT_ARCHIVE_MAX_AGE_MS;
  const app = new Hono();
  app.get('/insights', async (c) => {
    const filters = readSiteFilters(c);
    const q = listQuery.safeParse(c.req.query());
    if (!q.success) throw new ApiError(400, 'invalid_query', 'kind must be an insight kind; limit 1–200.');
    const kinds = q.data.kind ? [q.data.kind] : undefined;
    const { insights, archivedAt } = await archivedInsights(store, filters, kinds, maxAgeMs);
    return c.json({
      insights: insights.slice(0, q.data.limit).map(describeInsight),
      total: insights.length,
      archivedAt,
    } satisfies InsightsResponse);
  });
  app.get('/insights/:id', async (c) => {
    const filters = readSiteFilters(c);
    const id = c.req.param('id');
    const kind = decodeURIComponent(id).split('~')[0] as InsightKind;
    if (!INSIGHT_KINDS.includes(kind)) throw new ApiError(404, 'insight_not_found', 'No such insight.');
    const insight = (await archivedInsights(store, filters, [kind], maxAgeMs)).insights.find(
      (i) => i.id === encodeURIComponent(decodeURIComponent(id)),
    );
    if (!insight) throw new ApiError(404, 'insight_not_found', 'No such insight in this period.');
    let examples = insight.exampleSessions;
    if (examples.length === 0) examples = await queryExampleSessions(store, filters, insight);
    const withReplay = await queryReplayAvailability(
      store,
      filters.site,
      examples.map((e) => e.sessionId),
    );
    const exampleSessions = examples.map((e) => ({ sessionId: e.sessionId, replay: withReplay.has(e.sessionId) }));
    return c.json({ insight: describeInsight({ ...insight, exampleSessions }) } satisfies InsightResponse);
  });
  return app;
}
