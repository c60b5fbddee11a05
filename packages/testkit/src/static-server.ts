import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Starts `server` on a random loopback port and gives its origin.
 *
 * @example
 * const origin = await listenOnLoopback(createServer(handler)); // 'http://127.0.0.1:41234'
 */
export function listenOnLoopback(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves HTML pages from a map of path → html (or a handler) on a random loopback port: the
 * "complaint site" of a browser test, on another origin than the collector.
 *
 * @example
 * const site = await startStaticServer({ '/': '<html>…</html>' });
 * await page.goto(`${site.origin}/`);
 */
export async function startStaticServer(
  pages: Record<string, string | ((req: IncomingMessage, res: ServerResponse) => void)>,
): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const page = pages[path];
    if (typeof page === 'function') return page(req, res);
    if (page === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  const origin = await listenOnLoopback(server);
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
