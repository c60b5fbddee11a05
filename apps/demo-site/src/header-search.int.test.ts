import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningDemoSite, startDemoSite } from './server.ts';
import { launchChromium } from './simulate/browser.ts';

let site: RunningDemoSite;
let browser: Browser;
beforeAll(async () => {
  site = await startDemoSite({ port: 0, collectorUrl: 'http://127.0.0.1:9' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('header search on a phone', () => {
  // Squeezed beside the logo on a 360 px screen the box was 49 px wide, and Hangul typed into it
  // came out reversed in Chromium (전입신고 → 고신입전), so searches found nothing.
  it('has room and keeps typed Hangul in order at 360 px', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const box = page.locator('#header-q');
    await box.click();
    await box.pressSequentially('전입신고', { delay: 20 });
    expect(await box.evaluate((e) => e.getBoundingClientRect().width)).toBeGreaterThan(200);
    expect(await box.inputValue()).toBe('전입신고');
    await context.close();
  });
});
