import { type Browser, chromium } from 'playwright-core';

/** Where the system Chromium lives, or `CHROMIUM_PATH`; Playwright cannot download browsers here. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Launches headless Chromium with the flags this closed network needs, and any `args` of the caller's
 * (e.g. `--user-agent=…`: a browser-wide user agent also holds for beacons sent while a page unloads,
 * which a context's emulated user agent does not).
 *
 * @example
 * const browser = await launchChromium();
 */
export function launchChromium({ args = [] }: { args?: string[] } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
}
