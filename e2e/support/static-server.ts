import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
