import type { MinwonUx } from '../../src/core/api.ts';

// What the script-tag build exposes, for `page.evaluate` callbacks in the browser tests.
declare global {
  interface Window {
    minwonUx?: MinwonUx;
  }
}
