import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { type RunningCollector, startCollectorServer } from './support/collector-server.ts';
import { type StaticServer, startStaticServer } from './support/static-server.ts';

// The thin path through every real part: a complaint page on another origin embeds the script tag,
// a citizen submits a form with an invalid field and leaves; the rows are in ClickHouse.

let collectorUrl = '';
const page = () => `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>전입신고 신청</title>
<script src="${collectorUrl}/sdk.js" data-site="e2e-site" defer></script></head>
<body><main>
  <form id="move-in" action="/done" method="get">
    <label for="phone">휴대전화</label>
    <input id="phone" name="phone" type="tel" required pattern="[0-9]{10,11}">
    <button type="submit">신청</button>
  </form>
  <a id="away" href="/other">다른 페이지</a>
</main></body></html>`;

let site: StaticServer;
let collector: RunningCollector;
let browser: Browser;

beforeAll(async () => {
  // The page must name the collector and the collector must allow the page's origin: start the site
  // with a lazy page, then the collector with the site's origin.
  site = await startStaticServer({
    '/apply': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page()),
    '/other': '<!doctype html><title>other</title><p>다른 페이지</p>',
  });
  collector = await startCollectorServer({ sites: [{ key: 'e2e-site', name: 'E2E 민원', origins: [site.origin] }] });
  collectorUrl = collector.url;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await collector?.close();
  await site?.close();
});

async function waitForRows<T>(query: string, atLeast: number): Promise<T[]> {
  for (let i = 0; i < 100; i++) {
    const rows = await collector.rows<T>(query);
    if (rows.length >= atLeast) return rows;
    await new Promise((r) => setTimeout(r, 100));
  }
  return collector.rows<T>(query);
}

describe('script tag → collector → ClickHouse', () => {
  it('stores the input error and an engaged time that matches the time spent', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${site.origin}/apply`);
    await tab.waitForFunction(() => 'minwonUx' in window);
    const started = Date.now();
    await tab.fill('#phone', '010-1234-5678');
    await tab.click('button[type=submit]');
    // Stay active on the page for a while, as a citizen reading the error would.
    for (let i = 0; i < 6; i++) {
      await tab.mouse.move(100 + i * 10, 100 + i * 5);
      await tab.waitForTimeout(500);
    }
    const spent = Date.now() - started;
    await tab.click('#away');
    await tab.waitForURL('**/other');
    await tab.close();

    const errors = await waitForRows<Record<string, unknown>>(
      "SELECT kind, form_id, field_id, error_kind, error_source, attempt FROM minwon_ux.events WHERE site_id = 'e2e-site' AND kind = 'input_error'",
      1,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      kind: 'input_error',
      form_id: 'move-in',
      field_id: 'phone',
      error_kind: 'pattern_mismatch',
      error_source: 'constraint',
      attempt: 1,
    });

    // page_dwell comes in segments (one each time the page is hidden); their sum is the page's dwell.
    await waitForRows("SELECT 1 FROM minwon_ux.events WHERE site_id = 'e2e-site' AND kind = 'page_dwell'", 1);
    const [dwell] = await collector.rows<{ engaged: number }>(
      "SELECT toUInt32(sum(engaged_ms)) AS engaged FROM minwon_ux.events WHERE site_id = 'e2e-site' AND kind = 'page_dwell' AND path = '/apply'",
    );
    // Engaged time covers the active time on the page (plus load time before `started`), give or take.
    expect(dwell!.engaged).toBeGreaterThanOrEqual(spent - 500);
    expect(dwell!.engaged).toBeLessThanOrEqual(spent + 3000);

    const views = await collector.rows<{ c: string }>(
      "SELECT count() AS c FROM minwon_ux.events WHERE site_id = 'e2e-site' AND kind = 'page_view'",
    );
    expect(Number(views[0]!.c)).toBeGreaterThanOrEqual(1);
    // Nothing typed reaches the store.
    const leaked = await collector.rows<{ c: string }>(
      "SELECT count() AS c FROM minwon_ux.events WHERE position(toString(tuple(*)), '1234-5678') > 0",
    );
    expect(Number(leaked[0]!.c)).toBe(0);
  });
});
