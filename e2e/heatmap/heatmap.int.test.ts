import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { HeatmapResponse, HeatmapTokenResponse } from '@minwon-ux/api-contract';
import { createHeatmapTokens, TEST_ADMIN, type TestSession } from '@minwon-ux/collector/testing';
import { launchChromium } from '@minwon-ux/testkit/chromium';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDashboardBuilt } from '../dashboard/dashboard-server.ts';
import { type RunningCollector, startCollectorServer } from '../support/collector-server.ts';
import { type StaticServer, startStaticServer } from '../support/static-server.ts';
import { heatmapPage } from './heatmap-page.ts';

// Click maps and scroll maps end to end (issue 18): real Chromium clicks known elements known times
// on a fixture page, the SDK sends `click` events to a real collector, and the heatmap API answers
// the exact counts, positions inside each element, device split and scroll reach; the overlay drawn
// on the live page with a valid token, refused with an expired or foreign one.

const SECRET = 'heatmap-int-secret-0123456789abcdef';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const today = new Date().toISOString().slice(0, 10);
const range = `from=${today}&to=${today}`;

let site: StaticServer;
let collector: RunningCollector;
let browser: Browser;
let session: TestSession;

beforeAll(async () => {
  let page = '';
  site = await startStaticServer({
    // `?rec`: the same page with every session recorded (masked replay), for the map over a snapshot
    '/heatmap.html': (req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          req.url?.includes('rec')
            ? page.replace('data-site="test-site"', 'data-site="test-site" data-replay="1"')
            : page,
        ),
    '/blank.html': '<!doctype html><title>blank</title>',
    '/off.html': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(page.replace('data-site="test-site"', 'data-site="test-site" data-heatmap="0"')),
  });
  collector = await startCollectorServer({
    sites: [
      { key: 'test-site', name: '히트맵 테스트', origins: [site.origin] },
      { key: 'other-site', name: '다른 사이트', origins: ['https://other.example.go.kr'] },
    ],
    env: { MINWON_HEATMAP_SECRET: SECRET },
  });
  page = heatmapPage(collector.url, 'test-site');
  browser = await launchChromium();
  session = await collector.login();
});

afterAll(async () => {
  await browser?.close();
  await collector?.close();
  await site?.close();
});

async function open(context: BrowserContext, hash = ''): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.origin}/heatmap.html${hash}`);
  // the core's API and the extension chunk's click hook are both in place
  await page.waitForFunction(() => {
    const w = window as unknown as { minwonUx?: unknown; minwonUxExt?: { tap?: unknown } };
    return !!w.minwonUx && !!w.minwonUxExt?.tap;
  });
  return page;
}

/** Clicks `selector` at fractions of its box, 1.1 s apart so no two clicks make a rage burst. */
async function clickAt(page: Page, selector: string, spots: [number, number][]): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} not visible`);
  for (const [fx, fy] of spots) {
    await page.click(selector, { position: { x: box.width * fx, y: box.height * fy } });
    await page.waitForTimeout(1100);
  }
}

async function heatmap(query = ''): Promise<HeatmapResponse> {
  const res = await fetch(`${collector.url}/api/sites/test-site/heatmap?path=/heatmap.html&${range}${query}`, {
    headers: session.headers,
  });
  expect(res.status).toBe(200);
  return (await res.json()) as HeatmapResponse;
}

async function waitForEvents(kind: string, n: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const [row] = await collector.rows<{ n: number }>(
      "SELECT count() AS n FROM minwon_ux.events WHERE site_id = 'test-site' AND kind = {kind:String}",
      { kind },
    );
    if (Number(row?.n) >= n) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`fewer than ${n} ${kind} events arrived`);
}

/** axe-core's violations on the page (evaluated, as the dashboard's CSP blocks inline scripts). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(d: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    };
    const { violations } = await axe.run(document);
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const byKey = (map: HeatmapResponse) => new Map(map.elements.map((e) => [e.key, e]));

describe('click maps from real clicks', () => {
  it('counts every element exactly, with where inside it the clicks landed', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
    const page = await open(context);
    await clickAt(page, '#apply', [
      [0.05, 0.5],
      [0.05, 0.5],
      [0.95, 0.1],
    ]);
    await clickAt(page, 'button.search span', [[0.5, 0.5]]);
    await clickAt(page, '[data-ux-key=guide]', [[0.5, 0.5]]);
    await clickAt(page, '[data-ux-mask] button', [[0.5, 0.5]]);
    await clickAt(page, '#secret', [[0.5, 0.5]]);
    await clickAt(page, '#q', [[0.5, 0.5]]);
    await clickAt(page, 'label[for=q]', [[0.5, 0.5]]); // the label: one click, not again on the box it focuses
    await page.keyboard.type('홍길동 010-1234-5678'); // a value: never captured
    await page.focus('#apply');
    await page.keyboard.press('Enter'); // keyboard activation: no position, not a click-map click
    await page.waitForTimeout(1100); // the DOM change it made is seen before the next click
    // last, and nothing changes after them: the card's clicks are dead 2.5 s later
    await clickAt(page, '.card', [
      [0.5, 0.5],
      [0.5, 0.9],
    ]);
    await page.waitForTimeout(2600);
    await page.goto(`${site.origin}/blank.html`);
    await context.close();
    await waitForEvents('click', 10);
    await waitForEvents('dead_click', 2);

    const map = byKey(await heatmap());
    expect([...map.keys()].sort()).toEqual([
      '#apply',
      '#content>div:1',
      '#content>div:2>button',
      '#q',
      '@key=guide',
      'button:검색',
      'label:검색어',
    ]);
    expect(map.get('#q')).toMatchObject({ label: '검색어', clicks: 1 }); // a text box, by its <label>
    expect(map.get('label:검색어')).toMatchObject({ clicks: 1 });
    expect(map.get('#apply')).toMatchObject({ label: '신청하기', clicks: 3, sessions: 1, rage: 0, dead: 0 });
    expect(map.get('#apply')?.spots).toEqual([
      { x: 0.05, y: 0.55, n: 2 },
      { x: 0.95, y: 0.15, n: 1 },
    ]);
    expect(map.get('button:검색')).toMatchObject({ label: '검색', clicks: 1 });
    expect(map.get('@key=guide')).toMatchObject({ label: '이용 안내', clicks: 1 });
    // the card is not actionable: named by its place, never by its text; both clicks did nothing
    expect(map.get('#content>div:1')).toMatchObject({ label: '', clicks: 2, dead: 2, deadSessions: 1 });
    expect(map.get('#content>div:1')?.spots).toEqual([
      { x: 0.55, y: 0.55, n: 1 },
      { x: 0.55, y: 0.95, n: 1 },
    ]);
    // masked: no label text, and a key without it
    expect(map.get('#content>div:2>button')).toMatchObject({ label: '', clicks: 1 });
    const stored = await collector.rows<{ t: string }>(
      "SELECT concat(element_key, element_label) AS t FROM minwon_ux.events WHERE site_id = 'test-site' AND kind = 'click'",
    );
    expect(stored.some((r) => /홍길동|비공개|수수료|1234/.test(r.t))).toBe(false);
  });

  it('reports the scroll reach of page views and the depth of elements', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
    const page = await open(context);
    await page.evaluate(() => window.scrollTo(0, 1300)); // viewport bottom at 2000 of 3000 px: 67 %
    await page.waitForTimeout(300);
    await page.goto(`${site.origin}/blank.html`);
    // the same session opens the page again and reads it to the end: a second page view
    await page.goto(`${site.origin}/heatmap.html`);
    await page.waitForFunction(() => !!(window as unknown as { minwonUx?: unknown }).minwonUx);
    await page.evaluate(() => window.scrollTo(0, 2300)); // viewport bottom at 3000: 100 %
    await page.waitForTimeout(300);
    await page.goto(`${site.origin}/blank.html`);
    await context.close();
    for (let i = 0; i < 100; i++) {
      const { scrollViews } = await heatmap();
      if (scrollViews >= 3) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const map = await heatmap();
    expect(map).toMatchObject({ scrollViews: 3, scrollSessions: 2 });
    // per page view: the first session's saw 700 of 3000 px (23 %), this session's two 67 % and 100 %
    const third = 1 / 3;
    expect(map.scroll.map((s) => s.share)).toEqual([
      1,
      1,
      1,
      2 * third,
      2 * third,
      2 * third,
      2 * third,
      third,
      third,
      third,
      third,
    ]);
    expect(byKey(map).get('#apply')?.depthPct).toBe(3); // its top at 100 of 3000 px
  });

  it('splits by device: taps on a phone are counted under mobile only', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      userAgent: IPHONE,
      isMobile: true,
      hasTouch: true,
    });
    const page = await open(context);
    const box = await page.locator('#apply').boundingBox();
    if (!box) throw new Error('no #apply');
    await page.touchscreen.tap(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await page.waitForTimeout(1100);
    await page.touchscreen.tap(box.x + box.width * 0.5, box.y + box.height * 0.5);
    // sent while the page is open: headless Chromium sends the unload beacon without the emulated UA
    await page.evaluate(() => (window as unknown as { minwonUx: { flush(): void } }).minwonUx.flush());
    await page.waitForTimeout(500);
    await page.goto(`${site.origin}/blank.html`);
    await context.close();
    await waitForEvents('click', 12);

    const mobile = byKey(await heatmap('&device=mobile'));
    expect([...mobile.keys()]).toEqual(['#apply']);
    expect(mobile.get('#apply')).toMatchObject({ clicks: 2, sessions: 1, spots: [{ x: 0.55, y: 0.55, n: 2 }] });
    expect(byKey(await heatmap('&device=desktop')).get('#apply')?.clicks).toBe(3);
    expect(byKey(await heatmap()).get('#apply')?.clicks).toBe(5);
  });
});

describe('data-heatmap="0"', () => {
  it('sends no click events, while page views and dead clicks are still captured', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/off.html`);
    await page.waitForFunction(() => !!(window as unknown as { minwonUxExt?: { tap?: unknown } }).minwonUxExt?.tap);
    await clickAt(page, '.card', [[0.5, 0.5]]);
    await page.waitForTimeout(1500); // the dead click is due 2.5 s after the click
    await page.evaluate(() => (window as unknown as { minwonUx: { flush(): void } }).minwonUx.flush());
    const sql = (kind: string) =>
      `SELECT count() AS n FROM minwon_ux.events WHERE site_id = 'test-site' AND path = '/off.html' AND kind = '${kind}'`;
    for (let i = 0; i < 100; i++) {
      const [row] = await collector.rows<{ n: number }>(sql('dead_click'));
      if (Number(row?.n) >= 1) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await collector.rows<{ n: number }>(sql('dead_click')))[0]?.n).toBe(1);
    expect((await collector.rows<{ n: number }>(sql('page_view')))[0]?.n).toBe(1);
    expect((await collector.rows<{ n: number }>(sql('click')))[0]?.n).toBe(0);
    await context.close();
  });
});

describe('the overlay on the live page', () => {
  const mint = async (site: string) => {
    const res = await fetch(`${collector.url}/api/sites/${site}/heatmap/token?path=/heatmap.html&${range}`, {
      method: 'POST',
      headers: session.headers,
    });
    expect(res.status).toBe(200);
    return (await res.json()) as HeatmapTokenResponse;
  };

  it('draws the click map over the real elements with a valid token', async () => {
    const { url, token } = await mint('test-site');
    expect(url).toBe(`${site.origin}/heatmap.html#minwon-heatmap=${token}`);
    const context = await browser.newContext({ viewport: { width: 1024, height: 700 }, locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto(url ?? '');
    await page.waitForSelector('[data-minwon-overlay=map]', { state: 'attached' });
    const apply = page.locator('[data-minwon-key="#apply"]');
    expect(await apply.getAttribute('data-clicks')).toBe('5');
    const [drawn, real] = await Promise.all([apply.boundingBox(), page.locator('#apply').boundingBox()]);
    expect(drawn).toEqual(real);
    expect(await page.locator('[data-minwon-key="#content>div:1"]').textContent()).toContain('무반응 클릭 2');
    expect(await page.locator('[data-minwon-overlay=map] [data-depth]').count()).toBe(9);
    expect(await page.getAttribute('[data-minwon-overlay=map]', 'data-found')).toBe('7');
    await context.close();
  });

  it('refuses an expired token and a token of another site', async () => {
    const expired = createHeatmapTokens(SECRET, () => Date.now() - 16 * 60_000).mint({
      site: 'test-site',
      path: '/heatmap.html',
      from: today,
      to: today,
      device: '',
    });
    const foreign = await mint('other-site');
    for (const [token, code] of [
      [expired.token, 'token_expired'],
      [foreign.token, 'origin_not_allowed'],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.origin}/heatmap.html#minwon-heatmap=${token}`);
      await page.waitForSelector('[data-minwon-overlay=refused]', { state: 'attached' });
      expect(await page.getAttribute('[data-minwon-overlay=refused]', 'data-code')).toBe(code);
      expect(await page.locator('[data-minwon-key]').count()).toBe(0);
      await context.close();
    }
  });
});

describe('the heatmap page of the dashboard', () => {
  it('lists the clicked elements by label and opens the live page with the overlay', async () => {
    ensureDashboardBuilt();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto(collector.url);
    await page.fill('#login-email', TEST_ADMIN.email);
    await page.fill('#login-password', TEST_ADMIN.password);
    await page.click('form.login button[type=submit]');
    await page.waitForSelector('nav');
    await page.goto(`${collector.url}/#/heatmap?site=test-site&${range}&path=${encodeURIComponent('/heatmap.html')}`);
    const row = page.locator('[aria-labelledby=hm-elements] tr', { hasText: '신청하기' });
    await row.waitFor();
    await page.waitForSelector('.view:not([aria-busy])', { state: 'attached' });
    expect(await row.locator('td').nth(1).textContent()).toBe('5');
    expect(await page.locator('[aria-labelledby=hm-scroll] svg rect').count()).toBe(11);
    expect(await axeViolations(page)).toEqual([]);
    const [live] = await Promise.all([context.waitForEvent('page'), page.click('#hm-open')]);
    await live.waitForSelector('[data-minwon-overlay=map]', { state: 'attached' });
    expect(live.url()).toContain(`${site.origin}/heatmap.html#minwon-heatmap=`);
    expect(await live.locator('[data-minwon-key="#apply"]').getAttribute('data-clicks')).toBe('5');
    await context.close();
  });

  it('draws the map over a masked replay snapshot of the page', async () => {
    const recorded = await browser.newContext({ viewport: { width: 1024, height: 700 } });
    const rec = await recorded.newPage();
    await rec.goto(`${site.origin}/heatmap.html?rec`);
    await rec.waitForFunction(() => !!(window as unknown as { minwonUxReplay?: unknown }).minwonUxReplay);
    await rec.waitForTimeout(1500);
    await rec.goto(`${site.origin}/blank.html`);
    await recorded.close();
    for (let i = 0; i < 100; i++) {
      const rows = await collector.rows("SELECT 1 FROM minwon_ux.replay_chunks WHERE path = '/heatmap.html'");
      if (rows.length > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto(collector.url);
    await page.fill('#login-email', TEST_ADMIN.email);
    await page.fill('#login-password', TEST_ADMIN.password);
    await page.click('form.login button[type=submit]');
    await page.waitForSelector('nav');
    await page.goto(`${collector.url}/#/heatmap?site=test-site&${range}&path=${encodeURIComponent('/heatmap.html')}`);
    await page.click('#hm-snapshot-load');
    const frame = page.frameLocator('[aria-labelledby=hm-snapshot] iframe');
    const apply = frame.locator('[data-minwon-overlay=snapshot] [data-minwon-key="#apply"]');
    await apply.waitFor({ state: 'attached' });
    expect(await apply.getAttribute('data-clicks')).toBe('5');
    // the link named by its data-ux-key is found too; the search button, named by its (masked) text, is not
    expect(await frame.locator('[data-minwon-key="@key=guide"]').count()).toBe(1);
    expect(await frame.locator('[data-minwon-key="button:검색"]').count()).toBe(0);
    await context.close();
  });
});
