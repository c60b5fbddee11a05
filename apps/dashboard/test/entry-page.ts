import { fileURLToPath } from 'node:url';
import { launchChromium } from '@minwon-ux/testkit/chromium';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';

/**
 * Bundles a test entry (the dashboard's pure chart and view functions it puts on `window`) with
 * Vite and loads it into a blank page in real Chromium. Close `browser` in `afterAll`.
 *
 * @example
 * const { browser, page } = await openEntryPage(new URL('./chart-entry.ts', import.meta.url), 'en');
 */
export async function openEntryPage(entry: URL, lang: 'ko' | 'en'): Promise<{ browser: Browser; page: Page }> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      lib: { entry: fileURLToPath(entry), formats: ['iife'], name: 'testEntry' },
      minify: false,
    },
  });
  const bundle = (Array.isArray(output) ? output[0] : output) as { output: { code?: string }[] };
  const browser = await launchChromium();
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html lang="${lang}"><body></body></html>`);
  await page.addScriptTag({ content: bundle.output[0]!.code! });
  return { browser, page };
}
