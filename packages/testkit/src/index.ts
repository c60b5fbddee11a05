export { chromiumPath, launchChromium } from './chromium.ts';
export { createRandom, type Random } from './random.ts';
