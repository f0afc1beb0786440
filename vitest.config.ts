import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/component/**/*.test.{ts,tsx}', 'lib/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
    // A timeout here only catches a hang: the 1 MB paste tests take seconds on a busy two-core machine.
    testTimeout: 30_000,
  },
});
