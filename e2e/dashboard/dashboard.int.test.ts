import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { TEST_ADMIN } from '@minwon-ux/collector/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { type DashboardServer, startDashboardServer } from './dashboard-server.ts';

const require = createRequire(import.meta.url);
const screenshots = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));
const FILTERS = 'site=demo&from=2026-11-02&to=2026-11-15';
let server: DashboardServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  server = await startDashboardServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (err) => process.stderr.write(`pageerror: ${err.message}\n`));
  page.on('console', (m) => m.type() === 'error' && process.stderr.write(`console: ${m.text()}\n`));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Runs axe-core on the page and returns its violations (id, impact, nodes) for a readable failure.
 * The dashboard's CSP (`script-src 'self'`) rightly blocks `addScriptTag`'s inline script, so axe is
 * evaluated through the DevTools protocol instead, leaving the CSP in force for the app.
 */
const axeSource = readFileSync(require.resolve('axe-core'), 'utf8');
async function axeViolations(p: Page) {
  await p.evaluate(axeSource);
  return p.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
}

async function visit(view: string, ready: string, filters = FILTERS): Promise<void> {
  await page.goto(`${server.url}/#/${view}?${filters}`);
  await page.waitForSelector(ready, { timeout: 30_000, state: 'attached' });
  await page.waitForSelector('.view:not([aria-busy])', { state: 'attached' }); // every section drawn
}

async function check(name: string): Promise<void> {
  await page.screenshot({ path: `${screenshots}dashboard-${name}.png`, fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.locator('.status-error').count()).toBe(0);
}

describe('dashboard in Chromium', () => {
  it('shows the login page, refuses a wrong password and logs in (real auth)', async () => {
    await page.goto(server.url);
    await page.waitForSelector('#login-email');
    await check('login');
    await page.fill('#login-email', TEST_ADMIN.email);
    await page.fill('#login-password', 'wrong-password');
    await page.click('form.login button[type=submit]');
    await page.waitForSelector('.login-message [role=alert]');
    await page.fill('#login-password', TEST_ADMIN.password);
    await page.click('form.login button[type=submit]');
    await page.waitForSelector('nav a[aria-current=page]');
  });

  it('overview: KPIs, events per day and the top insights', async () => {
    await visit('overview', '#epd-title');
    expect(await page.locator('.kpis li').count()).toBe(4);
    expect(await page.locator('.insight-list li').count()).toBe(3);
    await check('overview');
  });

  it('insights: ranked list and a detail with recommendation and example sessions', async () => {
    await visit('insights', '.insight-list li', 'site=demo&from=2026-11-02&to=2026-11-08');
    const severities = await page.locator('.insight-list .severity').allTextContents();
    const values = severities.map((s) => Number(s.replace(/,/g, '')));
    expect(values.length).toBeGreaterThanOrEqual(9);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await check('insights');
    await page.locator('.insight-list a', { hasText: 'phone' }).first().click();
    await page.waitForSelector('#insight-title');
    expect(await page.locator('.recommendation').textContent()).toMatch(/WCAG 3\.3\./);
    expect(await page.locator('.evidence dd').count()).toBeGreaterThan(0);
    expect(await page.locator('.evidence svg rect').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.severity-formula').textContent()).toMatch(/심각도 [\d.,]+ = 영향 받은 세션/);
    expect(await page.locator('article').textContent()).not.toMatch(/error_prone_field|errorRate|topKind/);
    expect(await page.locator('.example-sessions a').count()).toBeGreaterThan(0);
    await check('insight-detail');
    await page.locator('.example-sessions a').first().click();
    await page.waitForSelector('ol.timeline li');
    expect(await page.locator('ol.timeline li[data-kind=error]').count()).toBeGreaterThan(0);
    expect(await page.locator('ol.timeline').textContent()).toContain('입력 오류');
    await check('journey');
  });

  it('menus: treemap and paths', async () => {
    await visit('menus', '#treemap-title');
    expect(await page.locator('svg[aria-labelledby^="treemap"] rect').count()).toBeGreaterThan(3);
    await check('menus');
  });

  it('forms: step funnel, error table with messages, hesitation', async () => {
    await visit('forms', '#hesitation-chart-title');
    expect(await page.getByText('숫자만 입력하세요').count()).toBeGreaterThan(0);
    await check('forms');
  });

  it('pages: dwell and scroll distributions and quick backs', async () => {
    await visit('pages', '#dwell-chart-title');
    expect(await page.locator('td', { hasText: '/certs' }).count()).toBeGreaterThan(0);
    await check('pages');
  });

  it('compare: a designer marks the phone fix and sees that it helped', async () => {
    await visit('compare', '#add-change-h');
    await page.fill('#c-date', '2026-11-09');
    await page.selectOption('#c-scope', 'field');
    await page.fill('#c-target', 'apply/phone');
    await page.fill('#c-desc', '연락처에 하이픈 허용');
    await page.click('form[aria-labelledby=add-change-h] button[type=submit]');
    await page.waitForSelector('.verdict-helped', { timeout: 30_000 });
    expect(await page.locator('.verdict-helped').textContent()).toContain('개선되었습니다');
    await check('compare');
  });

  it('replays: list and the lazily loaded rrweb player', async () => {
    await visit('replays', 'table');
    await page.locator('a', { hasText: 'demo-31-s00001' }).click();
    await page.waitForSelector('.replay-player .rr-player', { timeout: 30_000, state: 'attached' });
    await check('replays');
  });

  it('settings: sites and users from the admin API', async () => {
    await visit('settings', '#users-h');
    expect(await page.locator('td', { hasText: 'demo' }).count()).toBeGreaterThan(0);
    await check('settings');
  });

  it('switches to English and back, keyboard reachable', async () => {
    await visit('overview', '#epd-title');
    await page.click('button[lang=en]');
    await page.waitForSelector('nav >> text=Insights');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.waitForSelector('#epd-title', { state: 'attached' });
    await check('overview-en');
    await page.reload();
    await page.waitForSelector('#epd-title', { state: 'attached' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.click('button[lang=ko]');
    await page.waitForSelector('nav >> text=개선 과제');
  });
});
