import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { startTestCollector, type TestCollector } from '@minwon-ux/collector/testing';

export interface RunningCollector extends TestCollector {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
}

/**
 * A real collector HTTP server on a random loopback port, over a fresh embedded store.
 *
 * @example
 * const collector = await startCollectorServer({ sites: [{ key: 'e2e', name: 'E2E', origins: [pageOrigin] }] });
 * await collector.rows('SELECT count() FROM minwon_ux.events');
 */
export async function startCollectorServer(
  options: Parameters<typeof startTestCollector>[0] = {},
): Promise<RunningCollector> {
  const collector = await startTestCollector(options);
  const server = serve({ fetch: collector.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    ...collector,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await collector.close();
    },
  };
}
