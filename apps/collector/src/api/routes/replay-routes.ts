import type { ReplayEventsResponse, ReplaySessionsResponse } from '@minwon-ux/api-contract';
import { Hono } from 'hono';
import { assertSiteAccess } from '../../http/access.ts';
import { ApiError } from '../../http/api-error.ts';
import type { Store } from '../../store/create-store.ts';
import { queryReplayEvents } from '../queries/replay-chunks.ts';
import { queryReplaySessions } from '../queries/replay-sessions.ts';
import { readSiteFilters } from '../site-filters.ts';

/** `GET replays` (recorded sessions) and `GET replays/:session` (its rrweb events). */
export function createReplayRoutes({ store }: { store: Store }) {
  const app = new Hono();
  app.get('/replays', async (c) => {
    const filters = readSiteFilters(c);
    return c.json({ sessions: await queryReplaySessions(store, filters) } satisfies ReplaySessionsResponse);
  });
  app.get('/replays/:session', async (c) => {
    const site = assertSiteAccess(c, c.req.param('site') ?? '');
    const session = c.req.param('session');
    if (!/^[\w.-]{1,128}$/.test(session)) throw new ApiError(400, 'invalid_session', 'Not a session id.');
    const events = await queryReplayEvents(store, site, session);
    if (events.length === 0) throw new ApiError(404, 'replay_not_found', 'No replay for this session.');
    return c.json({ sessionId: session, events } satisfies ReplayEventsResponse);
  });
  return app;
}
