// Bundles the command line (pure TypeScript checker) into dist/cli.mjs for bin/safepost.mjs.
import { build } from 'esbuild';

await build({
  entryPoints: ['lib/cli/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'dist/cli.mjs',
  logLevel: 'warning',
});
