import type { DailyKindCount } from '@minwon-ux/api-contract';
import type { QueryFilters } from '../../insights/types.ts';
import type { Store } from '../../store/create-store.ts';
import { filterParams, ROLLUP_FILTER, runQuery } from '../../store/query.ts';

export const EVENTS_PER_DAY_SQL = `
SELECT toString(day) AS date, kind, sum(events) AS n
FROM minwon_ux.daily_site WHERE ${ROLLUP_FILTER}
GROUP BY date, kind ORDER BY date, kind`;

export type { DailyKindCount };

/**
 * Events per day and kind from the daily site rollup.
 *
 * @example
 * await queryEventsPerDay(store, { site: 'demo', from: '2026-11-01', to: '2026-11-30', device: '' });
 */
export async function queryEventsPerDay(store: Store, f: QueryFilters): Promise<DailyKindCount[]> {
  const rows = await runQuery<{ date: string; kind: string; n: number }>(store, EVENTS_PER_DAY_SQL, filterParams(f));
  return rows.map((r) => ({ day: r.date, kind: r.kind, events: Number(r.n) }));
}
