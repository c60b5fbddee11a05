import type { EventRow, Store } from '@minwon-ux/collector';
import { insertEvents } from '@minwon-ux/collector';
import { buildComplaintSessions } from '@minwon-ux/collector/testing';

export interface GenerateOptions {
  events: number;
  sites: string[];
  startDay: string;
  days: number;
  onProgress?: (inserted: number) => void;
}

/**
 * Fills the store with `events` rows over `days` days. Day 0 comes from the seeded session generator
 * the detector tests use (same shapes; problem and healthy sites), inserted through JSONEachRow; the
 * other days are copies of day 0 made inside the engine (`INSERT … SELECT` shifting time, session,
 * visitor and event ids deterministically), because JSON inserts run at only ~14k rows/s on these
 * machines. Both paths go through the rollup materialized views.
 *
 * @example
 * await generateEvents(store, { events: 10_000_000, sites: ['s0', 's1'], startDay: '2026-05-01', days: 180 });
 */
export async function generateEvents(store: Store, o: GenerateOptions): Promise<number> {
  const perDay = Math.ceil(o.events / o.days);
  const template: EventRow[] = [];
  for (let i = 0; template.length < perDay; i++) {
    const site = o.sites[i % o.sites.length]!;
    template.push(
      ...buildComplaintSessions({ site, sessions: 50, seed: i, startDay: o.startDay, days: 1, problems: i % 2 === 0 }),
    );
  }
  template.length = perDay;
  for (let i = 0; i < template.length; i += 50_000) await insertEvents(store, template.slice(i, i + 50_000));
  let inserted = template.length;
  o.onProgress?.(inserted);
  const batch = 20;
  for (let first = 1; first < o.days && inserted < o.events; first += batch) {
    const last = Math.min(o.days - 1, first + batch - 1);
    await store.client.command({
      // the columns named: later migrations add columns to events that this copy leaves at their defaults
      query: `INSERT INTO ${store.database}.events (site_id, event_id, session_id, visitor_id, ts, received_at, seq,
               kind, path, page_title, referrer_host, menu_label, menu_trail, menu_depth, target_path, form_id,
               field_id, field_type, error_kind, error_source, error_message, attempt, duration_ms, engaged_ms,
               scroll_pct, count, hesitation_ms, edits, corrections, returns, blocked, step, step_count, element,
               device, browser, os, viewport_w, lang, props, retention_days)
        SELECT site_id, reinterpretAsUUID(sipHash128(toString(event_id), d)), concat(session_id, '-d', toString(d)),
               visitor_id + d * 1000003, ts + toIntervalDay(d), received_at + toIntervalDay(d), seq, kind, path,
               page_title, referrer_host, menu_label, menu_trail, menu_depth, target_path, form_id, field_id,
               field_type, error_kind, error_source, error_message, attempt, duration_ms, engaged_ms, scroll_pct,
               count, hesitation_ms, edits, corrections, returns, blocked, step, step_count, element, device,
               browser, os, viewport_w, lang, props, retention_days
        FROM ${store.database}.events ARRAY JOIN range({first:UInt32}, {last:UInt32} + 1) AS d
        WHERE toDate(ts) = {day:Date}`,
      query_params: { first, last, day: o.startDay },
    });
    inserted += (last - first + 1) * template.length;
    o.onProgress?.(inserted);
  }
  return inserted;
}
