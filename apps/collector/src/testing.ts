import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from './app.ts';
import { bootCollector, type Runtime } from './boot.ts';
import { loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import type { SiteInput } from './sites/site.ts';

export interface TestCollector {
  app: ReturnType<typeof createApp>;
  runtime: Runtime;
  dataDir: string;
  /** Runs a query against the real embedded store and returns its rows. */
  rows<T>(query: string, params?: Record<string, unknown>): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * A collector on a fresh embedded store in a temporary directory, for tests (real chdb, real Hono).
 *
 * @example
 * const collector = await startTestCollector({ sites: [{ key: 's1', name: 'S', origins: ['https://a.go.kr'] }] });
 * const res = await collector.app.request('/healthz');
 */
export async function startTestCollector({
  sites = [] as SiteInput[],
  env = {} as Record<string, string>,
  clientIp = '198.51.100.7',
} = {}): Promise<TestCollector> {
  const dataDir = mkdtempSync(join(tmpdir(), 'minwon-ux-test-'));
  const config = loadConfig({ DATA_DIR: dataDir, MINWON_SITES: JSON.stringify(sites), ...env });
  const logger = createLogger('silent');
  const runtime = await bootCollector(config, logger);
  const app = createApp({ ...runtime, logger, clientIp: () => clientIp });
  return {
    app,
    runtime,
    dataDir,
    async rows<T>(query: string, params: Record<string, unknown> = {}) {
      const result = await runtime.store.client.query({ query, query_params: params, format: 'JSONEachRow' });
      return result.json<T>();
    },
    async close() {
      await runtime.shutdown();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
