export { chromiumPath, launchChromium } from '@minwon-ux/testkit/chromium';
