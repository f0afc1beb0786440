import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_DIR, E2E_DIR, SITE_COPIES } from './siteCopies';

/** Bundles each site copy (its editor library, React) into test/e2e/.build/<site>/. */
export async function buildSiteCopies(): Promise<void> {
  await Promise.all(
    SITE_COPIES.map(async (site) => {
      const src = path.join(E2E_DIR, 'sites', site.dir);
      const out = path.join(BUILD_DIR, site.dir);
      await mkdir(out, { recursive: true });
      await build({
        entryPoints: [path.join(src, 'main.tsx')],
        bundle: true,
        outfile: path.join(out, 'app.js'),
        format: 'iife',
        jsx: 'automatic',
        minify: true,
        define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
        logLevel: 'error',
      });
      await copyFile(path.join(src, 'index.html'), path.join(out, 'index.html'));
    }),
  );
}
