import type { Store } from '../../store/create-store.ts';
import { runQuery } from '../../store/query.ts';

/** At most this many events make one timeline. */
export const JOURNEY_MAX_EVENTS = 2000;

/**
 * One session's events in order (the range's days and one on each side, so a session across
 * midnight is whole), with the columns the timeline shows. Never input values: there are none.
 */
export const SESSION_EVENTS_SQL = `
SELECT kind, toUnixTimestamp64Milli(ts) AS t, path, page_title, menu_label, menu_trail, target_path, form_id,
       field_id, error_kind, error_message, attempt, duration_ms, engaged_ms, hesitation_ms, blocked, step,
       props['step_label'] AS step_label, count, element, device, browser, os
FROM minwon_ux.events
WHERE site_id = {site:String} AND toDate(ts) BETWEEN {from:Date} - 1 AND {to:Date} + 1
  AND session_id = {session:String}
ORDER BY ts, seq
LIMIT ${JOURNEY_MAX_EVENTS + 1}`;

export interface SessionEventRow {
  kind: string;
  t: number;
  path: string;
  page_title: string;
  menu_label: string;
  menu_trail: string[];
  target_path: string;
  form_id: string;
  field_id: string;
  error_kind: string;
  error_message: string;
  attempt: number;
  duration_ms: number;
  engaged_ms: number;
  hesitation_ms: number;
  blocked: number;
  step: number;
  step_label: string;
  count: number;
  element: string;
  device: string;
  browser: string;
  os: string;
}

/** The events of one session of a site in a range (see SESSION_EVENTS_SQL). */
export function querySessionEvents(
  store: Store,
  f: { site: string; from: string; to: string },
  session: string,
): Promise<SessionEventRow[]> {
  return runQuery<SessionEventRow>(store, SESSION_EVENTS_SQL, { site: f.site, from: f.from, to: f.to, session });
}
