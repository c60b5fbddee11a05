import { clip, MAX_PATH } from './limits.ts';

/**
 * The current page's path without query string; for hash-routed apps (`#/…`, `#!/…`) the route is
 * kept, its own query string dropped.
 *
 * @example
 * currentPath('auto'); // '/apply/step-2' or '/#/apply'
 */
export function currentPath(spa: string): string {
  const { pathname, hash } = location;
  const route = spa !== 'off' && spa !== 'history' && /^#!?\//.test(hash) ? hash.split('?')[0] : '';
  return clip(pathname + route, MAX_PATH);
}

/** A URL reduced to a path: same-origin as `/path`, other origins as `//host/path`; no query. */
export function toPath(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, location.href);
    if (!/^https?:$/.test(url.protocol)) return undefined;
    const p = url.origin === location.origin ? url.pathname : `//${url.host}${url.pathname}`;
    return clip(p, MAX_PATH);
  } catch {
    return undefined; // not a URL: no destination
  }
}

/** Fields every event carries about the page it happened on. */
export function pageFields(spa: string) {
  return {
    path: currentPath(spa),
    title: clip(document.title) || undefined,
    vw: Math.min(20000, innerWidth) || undefined, // an integer already
    lang: document.documentElement.lang.slice(0, 35) || undefined,
  };
}
