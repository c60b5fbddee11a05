import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { seedProblemThenFixedWeeks, startTestCollector, type TestCollector } from '@minwon-ux/collector/testing';
import { replayFixture } from './replay-fixture.ts';

const dashboardDir = fileURLToPath(new URL('../../apps/dashboard/', import.meta.url));

/** Builds the dashboard when its dist is missing (the test command builds it first anyway). */
export function ensureDashboardBuilt(): void {
  if (existsSync(`${dashboardDir}dist/index.html`)) return;
  execFileSync('npx', ['vite', 'build'], { cwd: dashboardDir, stdio: 'ignore' });
}

export interface DashboardServer {
  url: string;
  collector: TestCollector;
  close(): Promise<void>;
}

/**
 * A real collector (embedded store, real auth) served over HTTP on a random port, seeded with a
 * problem week (2026-11-02…08), a fixed week (2026-11-09…15) and one recorded session.
 *
 * @example
 * const server = await startDashboardServer();
 * await page.goto(server.url);
 */
export async function startDashboardServer(): Promise<DashboardServer> {
  ensureDashboardBuilt();
  const collector = await startTestCollector({
    sites: [{ key: 'demo', name: '데모 민원포털', origins: ['https://demo.example.go.kr'] }],
  });
  const store = collector.runtime.store;
  await seedProblemThenFixedWeeks(store, { site: 'demo', sessions: 240, seed: 31 });
  await store.client.insert({
    table: 'minwon_ux.replay_chunks',
    values: [replayFixture('demo', 'demo-31-s00001')],
    format: 'JSONEachRow',
  });
  const server = serve({ fetch: collector.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    collector,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await collector.close();
    },
  };
}
