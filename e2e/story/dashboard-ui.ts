import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TEST_ADMIN } from '@minwon-ux/collector/testing';
import type { Page } from 'playwright-core';

/** Where the story's screenshots go (gitignored artifacts). */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));

/**
 * Saves a screenshot of the page as `artifacts/screenshots/story-<name>.png`.
 *
 * @example
 * await storyShot(page, '1-demo-phone-error');
 */
export async function storyShot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}story-${name}.png`, fullPage });
}

/**
 * Logs in through the dashboard's login form as the test admin and waits for the navigation.
 *
 * @example
 * await loginThroughUi(page, collector.url);
 */
export async function loginThroughUi(page: Page, dashboardUrl: string): Promise<void> {
  await page.goto(`${dashboardUrl}/`);
  await page.waitForSelector('#login-email');
  await page.fill('#login-email', TEST_ADMIN.email);
  await page.fill('#login-password', TEST_ADMIN.password);
  await page.click('form.login button[type=submit]');
  await page.waitForSelector('nav a[aria-current=page]');
}

/** The dashboard's shared filters, as in its hash routes. */
export interface StoryFilters {
  site: string;
  from: string;
  to: string;
}

/**
 * Opens a dashboard view by its hash route (`#/view?site=…&from=…&to=…`) and waits for `ready`.
 *
 * @example
 * await openView(page, url, 'insights', { site: 'demo', from, to }, '.insight-list li');
 */
export async function openView(
  page: Page,
  dashboardUrl: string,
  view: string,
  filters: StoryFilters,
  ready: string,
  extra: Record<string, string> = {},
): Promise<void> {
  const params = new URLSearchParams({ ...filters, ...extra });
  await page.goto(`${dashboardUrl}/#/${view}?${params}`);
  await page.waitForSelector(ready, { timeout: 30_000, state: 'attached' });
  await page.waitForSelector('.view:not([aria-busy])', { state: 'attached' }); // every section drawn
}
