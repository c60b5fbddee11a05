/**
 * Real headless Chromium for browser tests: the same launcher the demo site's traffic simulator uses
 * (Debian's Chromium at /usr/bin/chromium or `CHROMIUM_PATH`, with the flags this closed network needs).
 *
 * @example
 * const browser = await launchChromium();
 * const page = await browser.newPage();
 */
export { chromiumPath, launchChromium } from '@minwon-ux/testkit/chromium';
