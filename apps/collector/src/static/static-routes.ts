import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

/** Built artifacts the collector serves: the SDK's script-tag build and the dashboard. */
export const sdkDistDir = fileURLToPath(new URL('../../../../packages/sdk/dist/', import.meta.url));
export const dashboardDistDir = fileURLToPath(new URL('../../../dashboard/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

async function readFromDir(dir: string, relative: string): Promise<Buffer | undefined> {
  const full = normalize(join(dir, relative));
  if (!full.startsWith(dir)) return undefined;
  try {
    return await readFile(full);
  } catch {
    return undefined; // missing file: the caller answers 404 or falls back to index.html
  }
}

/**
 * `GET /sdk.js` (and its lazy chunks) and the dashboard single-page app at `/`.
 */
export function createStaticRoutes({ sdkDir = sdkDistDir, dashboardDir = dashboardDistDir } = {}) {
  const app = new Hono();

  app.get('/:file{sdk[a-z0-9._-]*\\.js}', async (c) => {
    const file = await readFromDir(sdkDir, c.req.param('file'));
    if (!file) return c.json({ error: { code: 'not_found', message: 'SDK build missing: run pnpm build.' } }, 404);
    c.header('Content-Type', TYPES['.js']!);
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return c.body(new Uint8Array(file));
  });

  app.get('/*', async (c) => {
    const relative = c.req.path === '/' ? 'index.html' : c.req.path.slice(1);
    let file = await readFromDir(dashboardDir, relative);
    let type = TYPES[extname(relative)] ?? 'application/octet-stream';
    if (!file && !extname(relative)) {
      file = await readFromDir(dashboardDir, 'index.html');
      type = TYPES['.html']!;
    }
    if (!file) return c.json({ error: { code: 'not_found', message: 'Not found.' } }, 404);
    c.header('Content-Type', type);
    return c.body(new Uint8Array(file));
  });

  return app;
}
