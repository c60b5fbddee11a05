import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Where the `krds-uiux` package keeps its CSS, JS, fonts and icons (served, never copied). */
export const krdsResourcesDir = join(
  dirname(createRequire(import.meta.url).resolve('krds-uiux/package.json')),
  'resources',
);
const clientDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'client');

/** Resolves `rest` inside `root`, or undefined when it would escape it or has an unknown type. */
function safeJoin(root: string, rest: string): string | undefined {
  const file = normalize(join(root, rest));
  if (!file.startsWith(root + sep)) return undefined;
  return CONTENT_TYPES[extname(file)] ? file : undefined;
}

/**
 * Routes for static files: `/krds/*` from the installed `krds-uiux` package (KRDS's component CSS refers
 * to its icons as `../../img/img/component/…`, mapped back to `img/component/…`), and `/assets/*` from
 * this app's `src/client` folder.
 *
 * @example
 * app.route('/', createStaticRoutes());
 */
export function createStaticRoutes(): Hono {
  const cache = new Map<string, Uint8Array<ArrayBuffer>>();
  const serve = async (root: string, rest: string): Promise<Response> => {
    const file = safeJoin(root, rest);
    if (!file) return new Response('Not Found', { status: 404 });
    let body = cache.get(file);
    if (!body) {
      try {
        body = new Uint8Array(await readFile(file));
      } catch {
        return new Response('Not Found', { status: 404 }); // missing file: a plain 404, like any static server
      }
      cache.set(file, body);
    }
    return new Response(body, {
      headers: { 'content-type': CONTENT_TYPES[extname(file)]!, 'cache-control': 'public, max-age=3600' },
    });
  };
  const app = new Hono();
  app.get('/krds/*', (c) => serve(krdsResourcesDir, c.req.path.slice('/krds/'.length).replace(/^img\/img\//, 'img/')));
  app.get('/assets/*', (c) => serve(clientDir, c.req.path.slice('/assets/'.length)));
  return app;
}
