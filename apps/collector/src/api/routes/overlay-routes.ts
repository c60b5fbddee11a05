import type { HeatmapResponse } from '@minwon-ux/api-contract';
import { type Context, Hono } from 'hono';
import type { HeatmapTokens } from '../../heatmap/heatmap-token.ts';
import { ApiError } from '../../http/api-error.ts';
import type { SiteRegistry } from '../../sites/site-registry.ts';
import type { Store } from '../../store/create-store.ts';
import { heatmapOf } from './heatmap-routes.ts';

/**
 * The origin asking: the `Origin` header, or for a same-origin GET (which carries none) the
 * collector's own origin. Undefined when neither is known.
 */
function requestOrigin(c: Context): string | undefined {
  const origin = c.req.header('origin');
  if (origin) return origin;
  return c.req.header('sec-fetch-site') === 'same-origin' ? new URL(c.req.url).origin : undefined;
}

/**
 * `GET /v1/heatmap?token=…`: the map an overlay token grants (its site, page, range and device),
 * without a login, for the overlay the SDK draws on the live page. Only the token's site's origins
 * may read it (CORS names the origin exactly, no credentials); a forged or expired token answers
 * 401, another origin 403, both before any query runs.
 *
 * @example
 * app.route('/v1/heatmap', createOverlayRoutes({ store, sites, tokens }));
 */
export function createOverlayRoutes({
  store,
  sites,
  tokens,
}: {
  store: Store;
  sites: SiteRegistry;
  tokens: HeatmapTokens;
}) {
  const app = new Hono();
  app.options('/', (c) => {
    const origin = c.req.header('origin') ?? '';
    if (origin === 'null' || !sites.isKnownOrigin(origin))
      throw new ApiError(403, 'origin_not_allowed', 'This origin may not read heatmaps.');
    c.header('Access-Control-Allow-Origin', origin);
    c.header('Access-Control-Allow-Methods', 'GET');
    c.header('Access-Control-Max-Age', '600');
    c.header('Vary', 'Origin');
    return c.body(null, 204);
  });
  app.get('/', async (c) => {
    const origin = requestOrigin(c);
    if (!origin || origin === 'null' || !sites.isKnownOrigin(origin))
      throw new ApiError(403, 'origin_not_allowed', 'This origin may not read heatmaps.');
    // a known origin may read why it was refused (expired link), so the overlay can say so
    const cors = { 'Access-Control-Allow-Origin': origin, Vary: 'Origin', 'Cache-Control': 'no-store' };
    let grant: ReturnType<HeatmapTokens['verify']>;
    try {
      grant = tokens.verify(c.req.query('token') ?? '');
    } catch (error) {
      if (error instanceof ApiError) throw new ApiError(error.status, error.code, error.message, { headers: cors });
      throw error;
    }
    if (!sites.get(grant.site)?.origins.includes(origin))
      throw new ApiError(403, 'origin_not_allowed', "This origin may not read this site's heatmap.", { headers: cors });
    for (const [name, value] of Object.entries(cors)) c.header(name, value);
    const { path, ...filters } = grant;
    return c.json((await heatmapOf(store, filters, path)) satisfies HeatmapResponse);
  });
  return app;
}
