import type { MiddlewareHandler } from 'hono';

/** A registered route, as Hono lists it in `app.routes`. */
interface RouteInfo {
  method: string;
  path: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** A Hono route path (`/api/sites/:key/heatmap`, `:file{regex}`, `*`) as a regular expression. */
function pathPattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((segment) => {
      if (segment === '*') return '.*';
      const param = segment.match(/^:\w+(\{(.+)\})?(\?)?$/);
      if (!param) return escapeRegExp(segment);
      return param[2] ? `(?:${param[2]})` : '[^/]+';
    })
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/**
 * Answers a JSON 404 `{ error: { code: 'not_found' } }` for a path under `prefix` that no route of
 * the app serves (any method), before authentication runs: an unknown API path is a 404 logged in or
 * not, never a 401 or the dashboard's HTML. Routes are read from `routes()` at the first request,
 * when every route is registered; middleware (`ALL`) entries do not count.
 *
 * @example
 * app.use('/api/*', rejectUnknownRoutes('/api/', () => app.routes));
 */
export function rejectUnknownRoutes(prefix: string, routes: () => readonly RouteInfo[]): MiddlewareHandler {
  let patterns: RegExp[] | undefined;
  return async function rejectUnknownRoute(c, next) {
    patterns ??= routes()
      .filter((r) => r.method !== 'ALL' && r.path.startsWith(prefix) && r.path !== `${prefix}*`)
      .map((r) => pathPattern(r.path));
    if (!patterns.some((p) => p.test(c.req.path))) {
      return c.json({ error: { code: 'not_found', message: 'No such API route.' } }, 404);
    }
    await next();
  };
}
