export { chromiumPath, launchChromium } from './chromium.ts';
export { createRandom, type Random } from './random.ts';
export { listenOnLoopback, type StaticServer, startStaticServer } from './static-server.ts';
