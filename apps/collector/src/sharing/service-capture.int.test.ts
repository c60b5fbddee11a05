import { type AddressInfo, createServer } from 'node:net';
import { serve } from '@hono/node-server';
import { launchChromium } from '@minwon-ux/testkit/chromium';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCollector, type TestCollector } from '../testing.ts';

// The real SDK (packages/sdk/dist, `node build.mjs`) in Chromium reads `data-ux-service` on a form or
// its data-ux-form container and sends it with form_start; the collector stores it in service_code.
// The page is served (by Playwright's router) from the collector's own loopback origin: Chromium
// refuses scripts from a loopback address on a page of a public name (Private Network Access).
let collector: TestCollector;
let server: ReturnType<typeof serve>;
let origin: string;
let browser: Browser;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://localhost:${port}`;
  collector = await startTestCollector({
    sites: [{ key: 'site-a', name: '가나시청 민원', agency: 'agency-a', origins: [origin] }],
  });
  server = serve({ fetch: collector.app.fetch, port, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await collector?.close();
});

const page = (collectorUrl: string) => `<!doctype html><html lang="ko"><head><meta charset="utf-8">
<script src="${collectorUrl}/sdk.js" data-site="site-a" defer></script></head><body>
<form name="apply" data-ux-service="MOIS-0001" action="/next" onsubmit="return false">
  <label>연락처 <input name="phone"></label><button type="submit">신청</button>
</form>
<div data-ux-form="move-in" data-ux-service="  MOIS-0002 "><label>주소 <input name="address"></label></div>
<form name="plain"><label>메모 <input name="memo"></label></form>
</body></html>`;

async function waitForRows<T>(query: string, atLeast: number): Promise<T[]> {
  for (let i = 0; i < 150; i++) {
    const rows = await collector.rows<T>(query);
    if (rows.length >= atLeast) return rows;
    await new Promise((r) => setTimeout(r, 100));
  }
  return collector.rows<T>(query);
}

describe('data-ux-service in real Chromium', () => {
  it('is sent with form_start and stored as service_code, trimmed; untagged forms stay empty', async () => {
    const tab = await browser.newPage();
    await tab.route(`${origin}/apply`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page(origin) }),
    );
    await tab.goto(`${origin}/apply`);
    await tab.waitForFunction('!!window.minwonUx');
    await tab.fill('[name=phone]', '010');
    await tab.fill('[name=address]', '서울');
    await tab.fill('[name=memo]', '메모');
    await tab.evaluate('window.minwonUx.flush()');
    const rows = await waitForRows<{ form_id: string; service_code: string }>(
      "SELECT form_id, service_code FROM minwon_ux.events WHERE site_id = 'site-a' AND kind = 'form_start' ORDER BY form_id",
      3,
    );
    expect(rows).toEqual([
      { form_id: 'apply', service_code: 'MOIS-0001' },
      { form_id: 'move-in', service_code: 'MOIS-0002' },
      { form_id: 'plain', service_code: '' },
    ]);
    const other = await collector.rows<{ n: string }>(
      "SELECT count() AS n FROM minwon_ux.events WHERE kind != 'form_start' AND service_code != ''",
    );
    expect(Number(other[0]?.n)).toBe(0);
    await tab.close();
  });
});
