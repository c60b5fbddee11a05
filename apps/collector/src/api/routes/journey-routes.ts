import type { JourneyResponse } from '@minwon-ux/api-contract';
import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../../http/api-error.ts';
import { queryChromeRows } from '../../insights/labels/chrome-rows.ts';
import { buildLabelIndex } from '../../insights/labels/label-index.ts';
import type { QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';
import { type JourneyNames, journeyEntries } from '../queries/journey-entries.ts';
import { queryReplayAvailability } from '../queries/replay-availability.ts';
import { JOURNEY_MAX_EVENTS, querySessionEvents } from '../queries/session-events.ts';
import { readSiteFilters } from '../site-filters.ts';

const sessionId = z.string().min(1).max(128);

/** Forms and fields by their page-chrome labels (the ids where a page reported none). */
async function journeyNames(store: Store, f: QueryFilters): Promise<JourneyNames> {
  const index = buildLabelIndex(await queryChromeRows(store, f));
  return {
    form: (formId) => index.form(formId) ?? formId,
    field: (formId, fieldId) => index.field(formId, fieldId) ?? fieldId,
  };
}

/**
 * `GET sessions/:id/journey?from&to`: one session of the site as a readable timeline (pages with
 * engaged time, menus, fields, errors, steps, submit/abandon), and whether it has a replay. The
 * session is looked up only in the caller's site (`readSiteFilters` checks the scope); 404 when the
 * site has no such session in the range.
 *
 * @example
 * site.route('/', createJourneyRoutes({ store }));
 */
export function createJourneyRoutes({ store }: { store: Store }) {
  const app = new Hono();
  app.get('/sessions/:id/journey', async (c) => {
    const filters = readSiteFilters(c);
    const id = sessionId.safeParse(c.req.param('id'));
    if (!id.success) throw new ApiError(400, 'invalid_session', 'The session id must be 1–128 characters.');
    const [rows, names, replays] = await Promise.all([
      querySessionEvents(store, filters, id.data),
      journeyNames(store, filters),
      queryReplayAvailability(store, filters.site, [id.data]),
    ]);
    if (rows.length === 0) throw new ApiError(404, 'session_not_found', 'No such session on this site in this period.');
    const shown = rows.slice(0, JOURNEY_MAX_EVENTS);
    const first = shown[0]!;
    return c.json({
      sessionId: id.data,
      startedAt: new Date(first.t).toISOString(),
      durationMs: shown.at(-1)!.t - first.t,
      device: first.device,
      browser: first.browser,
      os: first.os,
      replay: replays.has(id.data),
      entries: journeyEntries(shown, names),
      truncated: rows.length > JOURNEY_MAX_EVENTS,
    } satisfies JourneyResponse);
  });
  return app;
}
