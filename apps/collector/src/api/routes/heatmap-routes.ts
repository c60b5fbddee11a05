import { HEATMAP_FRAGMENT, type HeatmapResponse, type HeatmapTokenResponse } from '@minwon-ux/api-contract';
import { Hono } from 'hono';
import { z } from 'zod';
import type { HeatmapTokens } from '../../heatmap/heatmap-token.ts';
import { ApiError } from '../../http/api-error.ts';
import type { QueryFilters } from '../../insights/types.ts';
import type { SiteRegistry } from '../../sites/site-registry.ts';
import type { Store } from '../../store/create-store.ts';
import { queryHeatmapElements } from '../queries/heatmap-elements.ts';
import { queryHeatmapReplay } from '../queries/heatmap-replay.ts';
import { queryScrollReach } from '../queries/heatmap-scroll.ts';
import { readSiteFilters } from '../site-filters.ts';

/** A page path as events store it: `/…` (hash routes `/#/…` included), at most 2,048 characters. */
const pathSchema = z.string().min(1).max(2048).regex(/^\//);

/** Reads `path` (query or body), or 400. */
export function readHeatmapPath(value: unknown): string {
  const parsed = pathSchema.safeParse(value);
  if (!parsed.success) throw new ApiError(400, 'invalid_path', 'path must be a page path starting with /.');
  return parsed.data;
}

/**
 * The click map and scroll map of one page (one query each, run together).
 *
 * @example
 * const body = await heatmapOf(store, filters, '/apply');
 */
export async function heatmapOf(store: Store, filters: QueryFilters, path: string): Promise<HeatmapResponse> {
  const [elements, { scroll, views, sessions }] = await Promise.all([
    queryHeatmapElements(store, filters, path),
    queryScrollReach(store, filters, path),
  ]);
  return { path, elements, scroll, scrollViews: views, scrollSessions: sessions };
}

/** The site's page `path` on its first origin with the token in the fragment (or the hash route's query). */
export function overlayUrl(origin: string | undefined, path: string, token: string): string | null {
  if (!origin) return null;
  const param = `${HEATMAP_FRAGMENT}=${token}`;
  if (!path.includes('#')) return `${origin}${path}#${param}`;
  return `${origin}${path}${path.includes('?') ? '&' : '?'}${param}`;
}

/**
 * `GET heatmap?path&from&to[&device]`: the page's elements (clicks, sessions, rage, dead, spots),
 * scroll reach and a recorded session showing the page (for the map over a masked snapshot); `POST heatmap/token?path&from&to[&device]`: a 15-minute overlay token for that map
 * and the URL that opens the live page with it. Both scoped to the user's sites.
 */
export function createHeatmapRoutes({
  store,
  sites,
  tokens,
}: {
  store: Store;
  sites: SiteRegistry;
  tokens: HeatmapTokens;
}) {
  const app = new Hono();
  app.get('/heatmap', async (c) => {
    const filters = readSiteFilters(c);
    const path = readHeatmapPath(c.req.query('path'));
    const [map, replaySession] = await Promise.all([
      heatmapOf(store, filters, path),
      queryHeatmapReplay(store, filters, path),
    ]);
    return c.json({ ...map, replaySession } satisfies HeatmapResponse);
  });
  app.post('/heatmap/token', async (c) => {
    const filters = readSiteFilters(c);
    const path = readHeatmapPath(c.req.query('path'));
    const { token, expiresAt } = tokens.mint({ ...filters, path });
    const url = overlayUrl(sites.get(filters.site)?.origins[0], path, token);
    return c.json({ token, expiresAt: new Date(expiresAt).toISOString(), url } satisfies HeatmapTokenResponse);
  });
  return app;
}
