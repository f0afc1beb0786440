import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * The trust suite (test/trust/): proofs of SafePost's privacy and robustness promises. Unit-level
 * files (*.test.ts) run in happy-dom with WXT's fakeBrowser; browser files (*.e2e.ts) drive the
 * built extension in real Chromium. Files run one at a time so that timings measured in Chromium
 * are not skewed by the suite itself on small machines.
 */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    environment: 'happy-dom',
    include: ['test/trust/**/*.test.ts', 'test/trust/**/*.e2e.ts'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/e2e/globalSetup.ts'],
  },
});
