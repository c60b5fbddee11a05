import type { Filters } from './api/sites.ts';

/** Default date range: the last 30 days up to today (UTC). */
export function defaultFilters(now = new Date()): Filters {
  const to = now.toISOString().slice(0, 10);
  const from = new Date(now.getTime() - 29 * 86_400_000).toISOString().slice(0, 10);
  return { site: '', from, to, device: '' };
}

/**
 * Reads the route and filters from the location hash: `#/view?site=…&from=…&to=…&device=…`.
 *
 * @example
 * parseHash('#/forms?site=demo&from=2026-11-01&to=2026-11-30'); // { view: 'forms', filters, params }
 */
export function parseHash(hash: string, fallback: Filters = defaultFilters()) {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(search);
  const [view = 'overview', ...rest] = path.split('/').filter(Boolean);
  const filters: Filters = {
    site: params.get('site') ?? fallback.site,
    from: params.get('from') ?? fallback.from,
    to: params.get('to') ?? fallback.to,
    device: params.get('device') ?? fallback.device,
  };
  return { view, rest: rest.map(decodeURIComponent), filters, params };
}

/** Builds a hash for a view and filters (plus view-specific parameters). */
export function buildHash(view: string, f: Filters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ site: f.site, from: f.from, to: f.to });
  if (f.device) params.set('device', f.device);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return `#/${view}?${params.toString()}`;
}

/** Every day from `from` to `to` inclusive, `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end && days.length < 1000; t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}
