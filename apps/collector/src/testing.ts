import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { Context } from 'hono';
import { createCollectorApps } from './app.ts';
import { bootCollector, type Runtime } from './boot.ts';
import { loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import type { SiteInput } from './sites/site.ts';

/** Overlay tokens signed as the collector signs them (e.g. an expired one, with a past clock). */
export { createHeatmapTokens } from './heatmap/heatmap-token.ts';
export { insertEvents } from './ingest/insert-events.ts';
/** Seeded complaint-site sessions (the problem and fixed weeks the detectors must find). */
export {
  buildComplaintSessions,
  type ComplaintDataset,
  seedProblemThenFixedWeeks,
} from './insights/fixtures/complaint-sessions.ts';
/** The seeded application's page chrome (form title 전입신고, field labels), as the ingest path stores it. */
export { chromeField, formChromeRows } from './insights/fixtures/form-chrome-rows.ts';

/** The admin every test collector starts with (system agency: sees every site). */
export const TEST_ADMIN = { email: 'admin@minwon.local', password: 'test-admin-password-0' } as const;

/** A logged-in session for `app.request`: send `headers` (cookie + CSRF token) with every request. */
export interface TestSession {
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
}

export interface TestCollector {
  app: ReturnType<typeof createCollectorApps>['app'];
  /** The SQL port's app (ClickHouse HTTP interface at `/`); not listening until `listenSql()`. */
  sqlApp: ReturnType<typeof createCollectorApps>['sqlPort'];
  /**
   * Serves the SQL port's app on a free loopback port (never 8123: test files run in parallel) and
   * returns its URL; closed by `close()`.
   */
  listenSql(): Promise<{ url: string; port: number }>;
  runtime: Runtime;
  dataDir: string;
  /** Runs a query against the real embedded store and returns its rows. */
  rows<T>(query: string, params?: Record<string, unknown>): Promise<T[]>;
  /** Logs in through `POST /api/auth/login` (default: the test admin) and returns the session headers. */
  login(email?: string, password?: string): Promise<TestSession>;
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
  clientIp = '198.51.100.7' as string | ((c: Context) => string),
} = {}): Promise<TestCollector> {
  const dataDir = mkdtempSync(join(tmpdir(), 'minwon-ux-test-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    MINWON_SITES: JSON.stringify(sites),
    MINWON_ADMIN_EMAIL: TEST_ADMIN.email,
    MINWON_ADMIN_PASSWORD: TEST_ADMIN.password,
    ...env,
  });
  const logger = createLogger('silent');
  const runtime = await bootCollector(config, logger);
  const { app, sqlPort } = createCollectorApps({
    ...runtime,
    logger,
    clientIp: typeof clientIp === 'function' ? clientIp : () => clientIp,
  });
  const servers: ReturnType<typeof serve>[] = [];
  return {
    app,
    sqlApp: sqlPort,
    async listenSql() {
      const server = serve({ fetch: sqlPort.fetch, port: 0, hostname: '127.0.0.1' });
      servers.push(server);
      await new Promise<void>((resolve) => server.once('listening', () => resolve()));
      const { port } = server.address() as AddressInfo;
      return { url: `http://127.0.0.1:${port}`, port };
    },
    runtime,
    dataDir,
    async rows<T>(query: string, params: Record<string, unknown> = {}) {
      const result = await runtime.store.client.query({ query, query_params: params, format: 'JSONEachRow' });
      return result.json<T>();
    },
    async login(email: string = TEST_ADMIN.email, password: string = TEST_ADMIN.password) {
      const res = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status} ${await res.text()}`);
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
    },
    async close() {
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
      await runtime.shutdown();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
