import { compareBytes } from '../../store/clickhouse-order.ts';
import type { LooksClickableRow } from '../detectors/heatmap/looks-clickable.ts';
import type { UnseenContentRow } from '../detectors/heatmap/unseen-content.ts';
import { inputsOf } from './input-rows.ts';
import type { InputRow } from './read-inputs.ts';

/** The element_click inputs in ClickHouse's (path, element key) order. */
function elementInputs(rows: InputRow[]) {
  return inputsOf(rows, 'element_click').sort(
    (a, b) => compareBytes(a.key[0]!, b.key[0]!) || compareBytes(a.key[1]!, b.key[1]!),
  );
}

/** LOOKS_CLICKABLE_SQL's rows from the archive: elements with a dead click, with their page's sessions. */
export function looksClickableRows(rows: InputRow[]): LooksClickableRow[] {
  const pageSessions = new Map(inputsOf(rows, 'page').map((r) => [r.key[0]!, r.counts.sessions]));
  return elementInputs(rows)
    .filter((r) => r.counts.dead_sessions > 0)
    .map((r) => ({
      path: r.key[0]!,
      element_key: r.key[1]!,
      label: r.label,
      clicks: r.counts.clicks,
      dead: r.counts.dead,
      dead_sessions: r.counts.dead_sessions,
      page_sessions: pageSessions.get(r.key[0]!) ?? 0,
    }))
    .sort((a, b) => b.dead_sessions - a.dead_sessions);
}

/** UNSEEN_CONTENT_SQL's rows from the archive: clicked elements of pages with scroll reports. */
export function unseenContentRows(rows: InputRow[]): UnseenContentRow[] {
  const reach = new Map(
    inputsOf(rows, 'scroll_reach').map((r) => {
      const c = r.counts;
      const steps = [c.reach_0, c.reach_10, c.reach_20, c.reach_30, c.reach_40, c.reach_50];
      return [r.key[0]!, [...steps, c.reach_60, c.reach_70, c.reach_80, c.reach_90, c.reach_100]] as const;
    }),
  );
  return elementInputs(rows)
    .filter((r) => r.counts.clicks > 0 && reach.has(r.key[0]!))
    .map((r) => ({
      path: r.key[0]!,
      element_key: r.key[1]!,
      label: r.label,
      clicks: r.counts.clicks,
      click_sessions: r.counts.click_sessions,
      depth_sum: r.counts.depth_sum,
      reach: [...(reach.get(r.key[0]!) ?? [])],
    }));
}
