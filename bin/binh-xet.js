#!/usr/bin/env node
// The command line. The TypeScript is bundled into lib/cli.cjs by `npm ci` (prepare) or
// `npm run build:cli`: outside dist/, which the web builds (`npm run build`, `npm run preview`) clean.
const path = require('node:path');

// Read through a pipe that closes early (`binh-xet presets | head`): stop quietly, not with a stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e && e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

let cli;
try {
  cli = require('../lib/cli.cjs');
} catch (e) {
  if (!e || e.code !== 'MODULE_NOT_FOUND' || !String(e.message).includes('cli.cjs')) throw e;
  process.stderr.write(
    'binh-xet chưa được đóng gói: chạy "npm run build:cli" (hoặc "npm ci") trong thư mục của binh-xet rồi chạy lại.\n' +
      '(binh-xet is not built: run "npm run build:cli" (or "npm ci") in the binh-xet folder and run again.)\n',
  );
  process.exit(2);
}

cli
  .main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
    assetsDir: path.join(__dirname, '..', 'assets'),
  })
  .then(
    (code) => {
      process.exitCode = code;
    },
    // main() turns every failure into a sentence; this is the last guard.
    (e) => {
      process.stderr.write(`Lỗi không lường trước trong binh-xet (an unexpected fault): ${e && e.message ? e.message : e}\n`);
      process.exitCode = 3;
    },
  );
