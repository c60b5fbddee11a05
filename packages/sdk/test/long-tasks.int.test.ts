import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness.ts';
import { runInteractions } from './support/interactions.ts';

/** A script's share of a long animation frame, as the LoAF API attributes it. */
interface ScriptTiming {
  sourceURL: string;
  invoker: string;
  duration: number;
}

declare global {
  interface Window {
    __loaf: ScriptTiming[];
  }
}

/**
 * Issue 4 budget: no long task over 50 ms caused by the SDK. Chromium's long-animation-frame entries
 * (every frame over 50 ms) name each script that ran in them by URL, so the check attributes time
 * by script URL — a slow page script or a loaded CI machine cannot be blamed on the SDK, and the
 * SDK cannot hide behind one. A deliberate 80 ms script proves the attribution works.
 *
 * Wall-clock durations stretch when the machine is busy (CI runs two test files at once on two
 * cores), so the scenario runs up to three times in fresh pages and passes when one run is clean: a
 * real slow path in the SDK is deterministic and shows up in every run.
 */
describe('long tasks: the SDK never blocks the main thread for more than 50 ms', () => {
  const h = useHarness();

  async function measureRound() {
    const page = await h.open('krds-long.html', {
      before: async (p) => {
        await p.route('**/busy.js', (route) =>
          route.fulfill({
            contentType: 'text/javascript',
            body: 'const t0 = performance.now(); while (performance.now() - t0 < 80) {}',
          }),
        );
        await p.addInitScript(() => {
          window.__loaf = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as { scripts: ScriptTiming[] }[]) {
              for (const s of entry.scripts)
                window.__loaf.push({ sourceURL: s.sourceURL, invoker: s.invoker, duration: s.duration });
            }
          }).observe({ type: 'long-animation-frame', buffered: true });
        });
      },
    });
    await runInteractions(page, 70);
    await page.evaluate(() => window.minwonUx?.flush());
    await page.addScriptTag({ url: '/busy.js' });
    await page.waitForFunction(() => window.__loaf.some((s) => s.sourceURL.endsWith('/busy.js')));

    const scripts = await page.evaluate(() => window.__loaf);
    const busy = scripts.find((s) => s.sourceURL.endsWith('/busy.js'));
    expect(busy?.duration, 'LoAF attributes a slow script to its URL').toBeGreaterThanOrEqual(50);
    const sdk = scripts.filter((s) => /\/sdk(-replay)?\.js$/.test(s.sourceURL));
    await page.close();
    return sdk.filter((s) => s.duration > 50);
  }

  it('a KRDS page with menus, typing, failed submits, steps and scrolling', async () => {
    const rounds: ScriptTiming[][] = [];
    for (let round = 0; round < 3; round++) {
      const longSdkScripts = await measureRound();
      rounds.push(longSdkScripts);
      if (longSdkScripts.length === 0) break;
    }
    expect(rounds.at(-1), `SDK scripts over 50 ms in every run: ${JSON.stringify(rounds)}`).toEqual([]);

    // the SDK was really at work during those interactions
    await h.event((e) => e.kind === 'input_error');
    const kinds = new Set(h.events().map((e) => e.kind));
    for (const kind of ['page_view', 'menu_open', 'menu_click', 'form_submit', 'input_error', 'step_view'])
      expect(kinds, kind).toContain(kind);
  });
});
