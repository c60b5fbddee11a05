import type { Store } from '../store/create-store.ts';

export interface EventsOverTimeQuery {
  siteKey: string;
  /** Inclusive start day, `YYYY-MM-DD` (UTC). */
  from: string;
  /** Inclusive end day, `YYYY-MM-DD` (UTC). */
  to: string;
}

export interface DailyKindCount {
  day: string;
  kind: string;
  events: number;
}

/**
 * Events per day and kind for one site over a date range.
 *
 * @example
 * await queryEventsOverTime(store, { siteKey: 'demo', from: '2026-11-01', to: '2026-11-26' });
 */
export async function queryEventsOverTime(store: Store, q: EventsOverTimeQuery): Promise<DailyKindCount[]> {
  const result = await store.client.query({
    query: `SELECT toString(toDate(ts)) AS day, kind, count() AS events
            FROM ${store.database}.events
            WHERE site_id = {site:String} AND toDate(ts) BETWEEN {from:Date} AND {to:Date}
            GROUP BY day, kind ORDER BY day, kind`,
    query_params: { site: q.siteKey, from: q.from, to: q.to },
    format: 'JSONEachRow',
  });
  return (await result.json<DailyKindCount>()).map((r) => ({ ...r, events: Number(r.events) }));
}
