// Bundles the command line into lib/cli.cjs (ExcelJS stays in node_modules): outside dist/, which
// webpack cleans on every web build (npm run build, npm run preview).
import { build } from 'esbuild';
await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'lib/cli.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['exceljs'],
  logLevel: 'warning',
});
