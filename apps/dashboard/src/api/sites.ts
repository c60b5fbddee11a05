import type { DailyKindCount, EventsOverTimeResponse, SiteSummary, SitesResponse } from '@minwon-ux/api-contract';
import { apiFetch, query } from './client.ts';

export type { SiteSummary };

/** The filters every site view shares. Days are `YYYY-MM-DD` (UTC), inclusive. */
export interface Filters {
  site: string;
  from: string;
  to: string;
  device: string;
}

/** Sites the logged-in user may see. */
export async function listSites(): Promise<SiteSummary[]> {
  return (await apiFetch<SitesResponse>('/api/sites')).sites;
}

/**
 * Events per day and kind for the filters.
 *
 * @example
 * const rows = await fetchEventsOverTime({ site: 'demo', from: '2026-11-01', to: '2026-11-30', device: '' });
 */
export async function fetchEventsOverTime(f: Filters): Promise<DailyKindCount[]> {
  const q = query({ from: f.from, to: f.to, device: f.device });
  return (await apiFetch<EventsOverTimeResponse>(`/api/sites/${encodeURIComponent(f.site)}/events-over-time${q}`)).rows;
}

/** Builds a site API path with the filters as query parameters. */
export function sitePath(f: Filters, suffix: string, extra: Record<string, string | number | undefined> = {}): string {
  return `/api/sites/${encodeURIComponent(f.site)}/${suffix}${query({ from: f.from, to: f.to, device: f.device, ...extra })}`;
}
