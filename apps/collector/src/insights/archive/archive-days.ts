import type { Store } from '../../store/create-store.ts';
import { withDatabase } from '../../store/create-store.ts';
import { runQuery } from '../../store/query.ts';
import { type ArchiveDay, needsArchiving, readArchiveState } from './archive-state.ts';
import { ARCHIVE_SQL } from './sources.ts';

const DEFAULT_RETENTION_DAYS = 365;
let lastArchiveId = 0;

/**
 * A new archive run id: ms × 1000 plus a random 0–999 (two collectors starting a run in the same ms
 * still differ), increasing within the process; within 2^53.
 */
function nextArchiveId(now: number): number {
  lastArchiveId = Math.max(lastArchiveId + 1, now * 1000 + Math.floor(Math.random() * 1000));
  return lastArchiveId;
}

async function command(store: Store, sql: string, params: Record<string, unknown>): Promise<void> {
  await store.client.command({ query: withDatabase(sql, store.database), query_params: params });
}

/**
 * Archives every source for `days` of `site` as one run: inserts the inputs, then records the run per
 * day (with the events each day had when `days` was read, so events arriving meanwhile make the day
 * stale again), then deletes the days' rows of earlier runs (lower ids: a run that started later on
 * another collector keeps its rows). A crash in between leaves rows of a run no day points to, which
 * reads ignore and the day's next run deletes.
 */
export async function archiveDays(store: Store, site: string, days: ArchiveDay[], now = Date.now()): Promise<number> {
  const archive = nextArchiveId(now);
  const [row] = await runQuery<{ retention_days: number }>(
    store,
    'SELECT retention_days FROM minwon_ux.sites FINAL WHERE site_key = {site:String}',
    { site },
  );
  const retention = row?.retention_days ?? DEFAULT_RETENTION_DAYS;
  const params = { site, days: days.map((d) => d.day), archive, retention };
  await command(store, ARCHIVE_SQL, params);
  await store.client.insert({
    table: `${store.database}.insight_archive_days`,
    format: 'JSONEachRow',
    values: days.map((d) => ({
      site_id: site,
      day: d.day,
      archive_id: archive,
      events: d.events,
      archived_at: new Date(now).toISOString().replace('T', ' ').slice(0, 23),
      retention_days: retention,
    })),
  });
  await command(
    store,
    `DELETE FROM minwon_ux.daily_insight_inputs
     WHERE site_id = {site:String} AND day IN {days:Array(Date)} AND archive_id < {archive:UInt64}`,
    params,
  );
  return archive;
}

/** Runs of one store and site in progress: a second request for the same site waits for the first. */
const running = new WeakMap<Store, Map<string, Promise<unknown>>>();

function oneAtATime<T>(store: Store, site: string, work: () => Promise<T>): Promise<T> {
  const bySite = running.get(store) ?? new Map<string, Promise<unknown>>();
  running.set(store, bySite);
  const next = (bySite.get(site) ?? Promise.resolve()).catch(() => undefined).then(work);
  bySite.set(site, next);
  return next;
}

/** The last archive state read per store and site: the range it covered and when. */
interface CheckedState {
  from: string;
  to: string;
  checkedAt: number;
  days: ArchiveDay[];
}

const checked = new WeakMap<Store, Map<string, CheckedState>>();

/**
 * Brings the archive of `site` up to date for `from`–`to` (and the look-back days) and returns the
 * days with their current run: days never archived, and days whose events changed and whose run is
 * at least `maxAgeMs` old, are archived now (as one run). The state is checked at most once per
 * `maxAgeMs` per site: within that, a range the last check covered gets that check's days (so a
 * page's figures are at most `maxAgeMs` old, and it runs one query, the read, instead of two).
 *
 * @example
 * const days = await ensureArchived(store, 'demo', '2026-11-01', '2026-11-30', 120_000);
 */
export function ensureArchived(
  store: Store,
  site: string,
  from: string,
  to: string,
  maxAgeMs: number,
): Promise<ArchiveDay[]> {
  return oneAtATime(store, site, async () => {
    const now = Date.now();
    const bySite = checked.get(store) ?? new Map<string, CheckedState>();
    checked.set(store, bySite);
    const last = bySite.get(site);
    if (last && now - last.checkedAt < maxAgeMs && last.from <= from && last.to >= to) return last.days;
    const state = await readArchiveState(store, site, from, to);
    const stale = state.filter((d) => needsArchiving(d, now, maxAgeMs));
    let days = state;
    if (stale.length > 0) {
      const archive = await archiveDays(store, site, stale, now);
      const renewed = new Set(stale.map((d) => d.day));
      days = state.map((d) =>
        renewed.has(d.day) ? { ...d, archive_id: archive, archived_events: d.events, archived_at: now } : d,
      );
    }
    bySite.set(site, { from, to, checkedAt: now, days });
    return days;
  });
}
