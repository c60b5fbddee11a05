import type { Store } from '../../store/create-store.ts';
import type { QueryFilters } from '../types.ts';
import { ensureArchived } from './archive-days.ts';
import { type InputRow, readInputs } from './read-inputs.ts';
import type { ArchiveSource } from './sources.ts';

/** How long a day's archive run is reused after the day's events change (`MINWON_INSIGHTS_MAX_AGE_SECONDS`). */
export const DEFAULT_ARCHIVE_MAX_AGE_MS = 120_000;

export interface ArchivedInputs {
  /** The sources' inputs summed over the range (read-inputs.ts). */
  rows: InputRow[];
  /** When the oldest archive run the rows rest on ran (ISO time); null when the range has no events. */
  archivedAt: string | null;
}

/**
 * The archived inputs (of the given sources; all when none) for the filters, archiving first the days
 * that are missing or have changed (`ensureArchived`): the insights, forms and menus pages' one read.
 *
 * @example
 * const { rows } = await archivedInputs(store, { site: 'demo', from: '2026-11-01', to: '2026-11-30', device: '' });
 */
export async function archivedInputs(
  store: Store,
  filters: QueryFilters,
  sources: readonly ArchiveSource[] = [],
  maxAgeMs = DEFAULT_ARCHIVE_MAX_AGE_MS,
): Promise<ArchivedInputs> {
  const days = await ensureArchived(store, filters.site, filters.from, filters.to, maxAgeMs);
  if (days.length === 0) return { rows: [], archivedAt: null };
  const rows = await readInputs(store, filters, [...new Set(days.map((d) => d.archive_id))], sources);
  const inRange = days.filter((d) => d.day >= filters.from && d.day <= filters.to);
  const oldest = Math.min(...(inRange.length > 0 ? inRange : days).map((d) => d.archived_at));
  return { rows, archivedAt: new Date(oldest).toISOString() };
}
