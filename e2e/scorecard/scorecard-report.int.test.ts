import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import {
  formChromeRows,
  insertEvents,
  seedProblemThenFixedWeeks,
  startTestCollector,
  TEST_ADMIN,
  type TestCollector,
} from '@minwon-ux/collector/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDashboardBuilt } from '../dashboard/dashboard-server.ts';
import { launchChromium } from '../support/browser.ts';

// The scorecard view in real Chromium over a real collector, and its printed A4 report: the page is
// printed to PDF with page.pdf() (print CSS), and the PDF's page count, page size and text are checked.

const FILTERS = 'site=demo&from=2026-11-02&to=2026-11-15';
let collector: TestCollector;
let url: string;
let close: () => Promise<void>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ensureDashboardBuilt();
  collector = await startTestCollector({
    sites: [{ key: 'demo', name: '데모 민원포털', origins: ['https://demo.example.go.kr'], retentionDays: 3650 }],
  });
  await seedProblemThenFixedWeeks(collector.runtime.store, { site: 'demo', sessions: 240, seed: 31 });
  await insertEvents(collector.runtime.store, formChromeRows('demo', '2026-11-01', false)); // the form's title
  const server = serve({ fetch: collector.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (err) => process.stderr.write(`pageerror: ${err.message}\n`));
  await page.goto(url);
  await page.fill('#login-email', TEST_ADMIN.email);
  await page.fill('#login-password', TEST_ADMIN.password);
  await page.click('form.login button[type=submit]');
  await page.waitForSelector('nav');
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await close?.();
  await collector?.close();
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

/** axe-core's violations on the page (evaluated through the DevTools protocol: the CSP stays in force). */
async function axeViolations(p: Page) {
  await p.evaluate(axeSource);
  return p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(d: Document): Promise<{ violations: { id: string }[] }> } }).axe;
    return (await axe.run(document)).violations.map((v) => v.id);
  });
}

/** The PDF's pages: each `/Type /Page` object and its MediaBox (PDF points, 1/72 inch). */
function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  return [
    ...text.matchAll(/\/Type\s*\/Page\b[^s][\s\S]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g),
  ].map((m) => ({ width: Number(m[3]) - Number(m[1]), height: Number(m[4]) - Number(m[2]) }));
}

describe('scorecard view and its A4 report', () => {
  it('shows the score, the chart with the change marker, criteria, periods and services (ko)', async () => {
    const s = await collector.login();
    const change = await collector.app.request('/api/sites/demo/changes', {
      method: 'POST',
      headers: { ...s.headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        changedOn: '2026-11-09',
        scope: 'field',
        target: 'apply/phone',
        description: '하이픈 허용',
      }),
    });
    expect(change.status).toBe(201);
    await page.goto(`${url}/#/scorecard?${FILTERS}&interval=week`);
    await page.waitForSelector('[data-testid=sc-total]', { timeout: 30_000 });
    await page.waitForSelector('.view:not([aria-busy])', { state: 'attached' });
    expect(await page.locator('h2', { hasText: 'UX 평가표' }).count()).toBe(1);
    expect(await page.locator('svg[role=img] .series-total circle').count()).toBe(2);
    expect(await page.locator('svg[role=img] .change-marker').count()).toBe(1);
    expect(await page.getByText('2026-11-09 — apply/phone — 하이픈 허용').count()).toBe(1);
    const criteria = await page.locator('table').nth(0).textContent();
    for (const name of ['효율성', '오류 방지', '학습용이성', '기억용이성', '만족도']) expect(criteria).toContain(name);
    expect(await page.locator('.sc-band').first().textContent()).toMatch(/우수|보통|미흡|평가 제외/);
    // the service is named as citizens see it, its form id a tooltip
    expect(await page.locator('table td span[title=apply]', { hasText: '전입신고' }).count()).toBe(1);
    // the digest setting is the view's last section, after its own request
    await page.getByText('메일 서버(SMTP_URL)가 설정되지 않아').waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('speaks English when the user switches', async () => {
    await page.click('button[lang=en]');
    await page.waitForSelector('h2:has-text("UX scorecard")', { timeout: 30_000 });
    const criteria = await page.locator('table').nth(0).textContent();
    for (const name of ['Efficiency', 'Error prevention', 'Learnability', 'Memorability', 'Satisfaction'])
      expect(criteria).toContain(name);
    await page.getByText('No mail server (SMTP_URL) is set up').waitFor({ timeout: 30_000 });
    await page.click('button[lang=ko]');
    await page.getByText('메일 서버(SMTP_URL)가 설정되지 않아').waitFor({ timeout: 30_000 });
    await page.locator('.sc-report-title', { hasText: '평가 보고서' }).waitFor({ state: 'attached' });
  });

  it('prints to A4 pages without the navigation, with the report title and the scores', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    expect(await page.locator('.sc-report-title').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(4);
    for (const p of pages) {
      // A4 is 595.28 × 841.89 pt
      expect(p.width).toBeCloseTo(595.28, 0);
      expect(p.height).toBeCloseTo(841.89, 0);
    }
    const title = await page.locator('.sc-report-title').textContent();
    expect(title).toBe('데모 민원포털 UX 평가 보고서 (2026-11-02 ~ 2026-11-15)');
  });
});
