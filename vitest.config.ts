import { defineConfig } from 'vitest/config';

// One run for every test. Each test file that opens the embedded store uses its own data directory,
// and chdb locks a directory per process, so test files run in forked processes.
export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'apps/*/src/**/*.test.ts',
      'apps/*/test/**/*.test.ts',
      'e2e/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    // On CI (CI=true, set by .ci/run) a failing test runs once more, as Playwright retries on CI: the
    // Chromium suites share 2 cores, and one timing flake would otherwise stop everything landing. A
    // test that passed only on its retry is marked "(retry x1)" in the log: that is a flake to fix.
    retry: process.env.CI ? 1 : 0,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
  },
});
