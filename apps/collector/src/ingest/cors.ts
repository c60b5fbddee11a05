import type { Context } from 'hono';
import { ApiError } from '../http/api-error.ts';
import type { Site } from '../sites/site.ts';
import type { SiteRegistry } from '../sites/site-registry.ts';

/**
 * Answers a CORS preflight for an ingest endpoint: only origins some site allows, only POST, no
 * credentials. The allowed origin is named exactly, never `*`; unknown and `null` origins get 403
 * without CORS headers, so the browser blocks the request.
 *
 * @example
 * app.options('/events', (c) => preflight(c, sites));
 */
export function preflight(c: Context, sites: SiteRegistry): Response {
  const origin = c.req.header('origin') ?? '';
  const method = (c.req.header('access-control-request-method') ?? 'POST').toUpperCase();
  if (origin === 'null' || !sites.isKnownOrigin(origin) || method !== 'POST') {
    throw new ApiError(403, 'origin_not_allowed', 'This origin may not send events.');
  }
  c.header('Access-Control-Allow-Origin', origin);
  c.header('Access-Control-Allow-Methods', 'POST');
  c.header('Access-Control-Allow-Headers', 'Content-Type, Content-Encoding');
  c.header('Access-Control-Max-Age', '86400');
  c.header('Vary', 'Origin');
  return c.body(null, 204);
}

/**
 * Checks that a POST comes from one of the site's origins and sets the CORS response headers for it.
 * A missing or `null` origin is refused: browsers always send one with a cross-origin POST.
 *
 * @example
 * allowSiteOrigin(c, site);
 */
export function allowSiteOrigin(c: Context, site: Site): void {
  const origin = c.req.header('origin');
  if (!origin || origin === 'null' || !site.origins.includes(origin)) {
    throw new ApiError(403, 'origin_not_allowed', 'This origin may not send events for this site.');
  }
  c.header('Access-Control-Allow-Origin', origin);
  c.header('Vary', 'Origin');
}

/** The site of a request body, or 403; then its origin and its rate limit (429). */
export function resolveSite(c: Context, sites: SiteRegistry, siteKey: string, siteWait: (key: string) => number): Site {
  const site = sites.get(siteKey);
  if (!site) throw new ApiError(403, 'unknown_site', 'This site key is not registered.');
  allowSiteOrigin(c, site);
  const wait = siteWait(site.key);
  if (wait > 0) {
    throw new ApiError(429, 'rate_limited', 'Too many requests for this site.', {
      headers: { 'Retry-After': String(wait) },
    });
  }
  return site;
}
