// Bundles the command line into dist/cli.cjs (ExcelJS stays in node_modules).
import { build } from 'esbuild';
await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['exceljs'],
  logLevel: 'warning',
});
