import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvents } from '../../ingest/insert-events.ts';
import { buildComplaintSessions } from '../../insights/fixtures/complaint-sessions.ts';
import type { QueryFilters } from '../../insights/types.ts';
import { EVENT_FILTER, filterParams, runQuery } from '../../store/query.ts';
import { startTestCollector, type TestCollector } from '../../testing.ts';
import { queryOverviewKpis } from './overview-kpis.ts';

/** Each day's distinct sessions (and visitors, starters, completers) from `events`, summed. */
const REFERENCE_SQL = `
SELECT sum(s) AS sessions, sum(v) AS visitors, sum(e) AS events, sum(st) AS starters, sum(su) AS completers
FROM (
  SELECT toDate(ts) AS day, uniqExact(session_id) AS s, uniqExact(visitor_id) AS v, count() AS e,
         uniqExactIf(session_id, kind = 'form_start') AS st, uniqExactIf(session_id, kind = 'form_success') AS su
  FROM minwon_ux.events WHERE ${EVENT_FILTER} GROUP BY day
)`;

let collector: TestCollector;
const range = { from: '2026-11-02', to: '2026-11-08' };

beforeAll(async () => {
  collector = await startTestCollector({
    sites: [{ key: 'demo', name: 'Demo', origins: ['https://a.example.go.kr'] }],
  });
  const { store } = collector.runtime;
  // Every session's events in two inserts, with merges stopped: each day has unmerged rows that
  // share sessions, which the query must count once.
  await store.client.command({ query: 'SYSTEM STOP MERGES minwon_ux.daily_sessions' });
  const rows = buildComplaintSessions({
    site: 'demo',
    sessions: 120,
    seed: 5,
    startDay: range.from,
    days: 7,
    problems: true,
  });
  await insertEvents(
    store,
    rows.filter((_, i) => i % 2 === 0),
  );
  await insertEvents(
    store,
    rows.filter((_, i) => i % 2 === 1),
  );
});
afterAll(() => collector.close());

describe('queryOverviewKpis', () => {
  it.each<[string, QueryFilters]>([
    ['all devices', { site: 'demo', ...range, device: '' }],
    ['mobile', { site: 'demo', ...range, device: 'mobile' }],
  ])("counts each day's sessions once across unmerged parts (%s)", async (_, f) => {
    const { store } = collector.runtime;
    const [parts] = await runQuery<{ n: number }>(
      store,
      "SELECT count() AS n FROM system.parts WHERE database = 'minwon_ux' AND table = 'daily_sessions' AND active",
      {},
    );
    expect(parts!.n).toBeGreaterThan(1);
    const [ref] = await runQuery<Record<string, number>>(store, REFERENCE_SQL, filterParams(f));
    const kpis = await queryOverviewKpis(store, f);
    expect(kpis.sessions).toBeGreaterThan(0);
    expect(kpis).toMatchObject({
      sessions: ref!.sessions,
      visitors: ref!.visitors,
      events: ref!.events,
      formStarters: ref!.starters,
      formCompleters: ref!.completers,
    });
  });
});
