import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEntryPage } from './entry-page.ts';

// The scroll-reach chart (issue 18) is a pure function of fixed data, rendered in real Chromium and
// compared with its committed SVG snapshot. Update with `vitest run -u` after a deliberate change.
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openEntryPage(new URL('./scroll-reach-entry.ts', import.meta.url), 'en'));
});
afterAll(() => browser?.close());

const reach = [1, 1, 0.92, 0.8, 0.61, 0.48, 0.33, 0.2, 0.12, 0.05, 0.02].map((share, i) => ({
  depthPct: i * 10,
  share,
}));

const render = (options: Record<string, unknown>) =>
  page.evaluate(
    ({ data, options }) =>
      (window as unknown as { renderScrollReach: (d: unknown, o: unknown) => SVGSVGElement }).renderScrollReach(
        data,
        options,
      ).outerHTML,
    { data: reach, options },
  );

describe('scroll-reach chart (Chromium)', () => {
  it('draws one bar per depth, top of the page first, and marks where fewer than half remain', async () => {
    const svg = await render({ id: 's', title: 'Scroll reach', width: 480, halfLabel: 'half stop here' });
    expect(svg.match(/<rect/g)).toHaveLength(11);
    expect(svg).toContain('half stop here');
    expect(svg.indexOf('>0%<')).toBeLessThan(svg.indexOf('>100%<'));
    await expect(svg).toMatchFileSnapshot(fileURLToPath(new URL('./__snapshots__/scroll-reach.svg', import.meta.url)));
  });

  it('is deterministic and draws no half line when most reach the bottom', async () => {
    const options = { id: 's', title: 'Scroll reach' };
    expect(await render(options)).toBe(await render(options));
    const full = await page.evaluate(
      () =>
        (window as unknown as { renderScrollReach: (d: unknown, o: unknown) => SVGSVGElement }).renderScrollReach(
          [
            { depthPct: 0, share: 1 },
            { depthPct: 100, share: 0.9 },
          ],
          { id: 'f', title: 'x', halfLabel: 'half' },
        ).outerHTML,
    );
    expect(full).not.toContain('stroke-dasharray');
  });
});
