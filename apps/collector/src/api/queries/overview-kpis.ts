import type { OverviewKpis } from '@minwon-ux/api-contract';
import type { QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../store/query.ts';

/**
 * Sums the days' distinct counts (`daily_sessions` holds each day's sessions as a deduplicated hash
 * array; FINAL merges rows not yet merged).
 */
export const OVERVIEW_KPIS_SQL = `
SELECT sum(length(sessions)) AS all_sessions, sum(length(visitors)) AS all_visitors, sum(events) AS all_events,
       sum(engaged_sum) AS engaged_ms, sum(length(error_sessions)) AS error_sessions,
       sum(length(start_sessions)) AS form_starters, sum(length(success_sessions)) AS form_completers
FROM minwon_ux.daily_sessions FINAL WHERE ${ROLLUP_FILTER}`;

export type { OverviewKpis };

/**
 * Overview figures from the daily sessions rollup: sessions and visitors are summed per day (a
 * session active on two days counts twice; visitor ids are salted per day, so they never repeat).
 *
 * @example
 * const kpis = await queryOverviewKpis(store, filters);
 */
export async function queryOverviewKpis(store: Store, f: QueryFilters): Promise<OverviewKpis> {
  const [r] = await runQuery<Record<string, number>>(store, OVERVIEW_KPIS_SQL, filterParams(f));
  const n = (k: string) => Number(r?.[k] ?? 0);
  const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10_000) / 10_000 : 0);
  return {
    sessions: n('all_sessions'),
    visitors: n('all_visitors'),
    events: n('all_events'),
    completionRate: ratio(n('form_completers'), n('form_starters')),
    errorRate: ratio(n('error_sessions'), n('form_starters')),
    engagedMsPerSession: n('all_sessions') > 0 ? Math.round(n('engaged_ms') / n('all_sessions')) : 0,
    formStarters: n('form_starters'),
    formCompleters: n('form_completers'),
  };
}
