#!/usr/bin/env node
// The command line; the TypeScript is bundled into dist/cli.cjs by `npm ci` (prepare) or `npm run build:cli`.
const path = require('node:path');
const { main } = require('../dist/cli.cjs');
main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  assetsDir: path.join(__dirname, '..', 'assets'),
}).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`binh-xet: ${e && e.message ? e.message : e}\n`); process.exitCode = 2; },
);
