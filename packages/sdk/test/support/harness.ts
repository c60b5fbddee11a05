import { parseBatch } from '@minwon-ux/schema';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../../../e2e/support/browser.ts';
import { type Servers, startServers, waitFor } from './servers.ts';

/** Shared browser + servers for one test file; a fresh browser context per test. */
export function useHarness() {
  const h = {} as { browser: Browser; servers: Servers; context: BrowserContext };
  beforeAll(async () => {
    h.servers = await startServers();
    h.browser = await launchChromium();
  });
  afterEach(async () => {
    await h.context?.close().catch(() => undefined);
    // late beacons of the closed pages must not leak into the next test
    await new Promise((r) => setTimeout(r, 300));
    h.servers.captures.length = 0;
    h.servers.failWith(undefined);
  });
  afterAll(async () => {
    await h.browser?.close();
    await h.servers?.close();
  });

  return {
    get servers() {
      return h.servers;
    },
    /** Opens a fixture in a new context and waits until the SDK is ready. */
    async open(path: string, { before }: { before?: (page: Page) => Promise<unknown> } = {}): Promise<Page> {
      h.context = await h.browser.newContext({ viewport: { width: 1024, height: 700 } });
      const page = await h.context.newPage();
      await before?.(page);
      await page.goto(`${h.servers.site}/${path}`);
      await page.waitForFunction(() => !!window.minwonUx);
      return page;
    },
    /** Ends the page view (pagehide) by navigating to a blank page on the fixture origin. */
    async leave(page: Page): Promise<void> {
      await page.goto(`${h.servers.site}/blank.html`);
    },
    /** Waits for an event matching `match` and returns it. */
    // biome-ignore lint/suspicious/noExplicitAny: wire events
    async event(match: (e: any) => boolean, timeoutMs?: number): Promise<any> {
      return waitFor(() => h.servers.events().find(match), timeoutMs);
    },
    // biome-ignore lint/suspicious/noExplicitAny: wire events
    events(kind?: string): any[] {
      return h.servers.events().filter((e) => !kind || e.kind === kind);
    },
    /** Every captured body is a valid wire batch whose events all pass the strict schema. */
    expectValidBatches(): void {
      for (const c of h.servers.captures.filter((x) => x.path === '/v1/events')) {
        const parsed = parseBatch(c.json);
        expect(parsed.ok, c.body).toBe(true);
        if (parsed.ok) expect(parsed.rejected, c.body).toEqual([]);
      }
    },
  };
}
