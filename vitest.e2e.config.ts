import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in real Chromium against local copies of the sites. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/e2e/globalSetup.ts'],
  },
});
