import type { Store } from '../../store/create-store.ts';
import { runQuery } from '../../store/query.ts';
import { LOOKBACK_DAYS } from './sources.ts';

/** A day with events in the range (and look-back), and its latest archive run if any. */
export interface ArchiveDay {
  day: string;
  /** The day's events now (daily_sessions). */
  events: number;
  /** 0 when the day was never archived. */
  archive_id: number;
  /** The day's events when its latest run began. */
  archived_events: number;
  /** ms since the epoch; 0 when never archived. */
  archived_at: number;
}

/**
 * Every day of `site` from LOOKBACK_DAYS before `from` to `to` that has events, with its event count
 * and latest archive run (one query over daily_sessions — 3 rows a day where daily_site has one per
 * kind — and insight_archive_days).
 */
export const ARCHIVE_STATE_SQL = `
SELECT toString(d.day) AS day, d.day_events AS events, a.run AS archive_id, a.run_events AS archived_events,
       toUnixTimestamp64Milli(a.run_at) AS archived_at
FROM (
  SELECT day, sum(events) AS day_events FROM minwon_ux.daily_sessions
  WHERE site_id = {site:String} AND day BETWEEN {from:Date} - ${LOOKBACK_DAYS} AND {to:Date}
  GROUP BY day
) AS d
LEFT JOIN (
  SELECT day, max(archive_id) AS run, argMax(events, archive_id) AS run_events,
         argMax(archived_at, archive_id) AS run_at
  FROM minwon_ux.insight_archive_days
  WHERE site_id = {site:String} AND day BETWEEN {from:Date} - ${LOOKBACK_DAYS} AND {to:Date}
  GROUP BY day
) AS a ON a.day = d.day
ORDER BY day`;

/** The archive state of the days `readInsightInputs` needs for a site and range. */
export function readArchiveState(store: Store, site: string, from: string, to: string): Promise<ArchiveDay[]> {
  return runQuery<ArchiveDay>(store, ARCHIVE_STATE_SQL, { site, from, to });
}

/**
 * Whether a day needs a new archive run: it never had one, or its events changed since the latest
 * run and that run is at least `maxAgeMs` old (so a day that keeps receiving events, such as today,
 * is archived at most once per `maxAgeMs`).
 */
export function needsArchiving(day: ArchiveDay, now: number, maxAgeMs: number): boolean {
  if (day.archive_id === 0) return true;
  return day.events !== day.archived_events && now - day.archived_at >= maxAgeMs;
}
