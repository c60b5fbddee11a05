import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** Paths that must stay usable from complaint sites on other origins: no CSP/CORP/frame headers. */
function isCrossOriginPath(path: string): boolean {
  return path.startsWith('/v1/') || /^\/sdk[^/]*\.js$/.test(path);
}

/**
 * Security headers for the dashboard, `/api` and `/clickhouse`: a strict CSP (scripts, styles and
 * connections from this origin only, no framing), `X-Frame-Options: DENY`, `nosniff`,
 * `Referrer-Policy: no-referrer`. `/sdk*.js` and `/v1/*` are left alone.
 *
 * @example
 * app.use('*', dashboardSecurityHeaders());
 */
export function dashboardSecurityHeaders(): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: 'nosniff',
  });
  return async function securityHeaders(c, next) {
    if (isCrossOriginPath(c.req.path)) return next();
    return headers(c, next);
  };
}
