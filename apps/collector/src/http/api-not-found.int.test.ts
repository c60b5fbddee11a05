import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCollectorApps } from '../app.ts';
import { createLogger } from '../logger.ts';
import { startTestCollector, type TestCollector, type TestSession } from '../testing.ts';

const DASHBOARD_HTML = '<!doctype html><title>minwon-ux dashboard</title>';

let collector: TestCollector;
let app: ReturnType<typeof createCollectorApps>['app'];
let admin: TestSession;
let dashboardDir: string;
beforeAll(async () => {
  collector = await startTestCollector({ sites: [{ key: 'demo', name: 'Demo', origins: ['https://demo.go.kr'] }] });
  dashboardDir = mkdtempSync(join(tmpdir(), 'minwon-ux-dashboard-'));
  writeFileSync(join(dashboardDir, 'index.html'), DASHBOARD_HTML);
  ({ app } = createCollectorApps({ ...collector.runtime, logger: createLogger('silent'), dashboardDir }));
  admin = await collector.login();
});
afterAll(async () => {
  await collector.close();
  rmSync(dashboardDir, { recursive: true, force: true });
});

async function expectJson404(path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  const text = await res.text();
  expect(res.status, `${path}: ${text}`).toBe(404);
  expect(res.headers.get('content-type'), path).toMatch(/^application\/json/);
  expect((JSON.parse(text) as { error: { code: string } }).error.code, path).toBe('not_found');
}

describe('no HTML where an API is expected', () => {
  it('serves the dashboard for its own paths (so the checks below can fail)', async () => {
    const res = await app.request('/insights');
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toBe(DASHBOARD_HTML);
  });

  it('answers JSON 404 for unknown /api, /v1 and /clickhouse paths, logged in or not', async () => {
    const unknown = [
      '/api/sites/demo/no-such-page',
      '/api/nope',
      '/api/admin/nope',
      '/v1/nope',
      '/clickhouse/nope',
      '/clickhouse/ping/x',
    ];
    for (const path of unknown) {
      await expectJson404(path);
      await expectJson404(path, { headers: admin.headers });
      await expectJson404(path, {
        method: 'POST',
        headers: { ...admin.headers, 'content-type': 'application/json' },
        body: '{}',
      });
    }
  });

  it('still asks for a session on known /api routes', async () => {
    const res = await app.request('/api/sites');
    expect(res.status).toBe(401);
    expect((await app.request('/api/sites', { headers: admin.headers })).status).toBe(200);
  });

  it('treats /clickhouse/ as /clickhouse (ClickHouse-style answer, never the dashboard)', async () => {
    const query = `?query=${encodeURIComponent('SELECT 1')}`;
    for (const path of ['/clickhouse', '/clickhouse/']) {
      const anonymous = await app.request(path + query);
      expect(anonymous.status, path).toBe(401);
      expect(await anonymous.text(), path).toMatch(/^Code: 516\. DB::Exception: /);
      const ping = await app.request(path);
      expect(await ping.text(), path).toBe('Ok.\n');
      const asAdmin = await app.request(path + query, { headers: admin.headers });
      expect(await asAdmin.text(), path).toBe('1\n');
    }
  });
});
