import { defineConfig } from 'vite';

// Served by the collector at `/` under a strict CSP (`script-src 'self'`): no inline scripts, and
// the module-preload polyfill is off so nothing is injected into index.html.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
