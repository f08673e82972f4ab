#!/usr/bin/env node
// The command line. The TypeScript is bundled into lib/cli.cjs by `npm ci` (prepare) or
// `npm run build:cli`: outside dist/, which the web builds (`npm run build`, `npm run preview`) clean.
const path = require('node:path');

// The console is best-effort: read through a pipe that closes early (`binh-xet review … |
// head -1`), the run goes on, its files are written, and the exit code says how it ended.
// Nothing more is written to a stream once it is closed.
const closedStreams = new Set();
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e && (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED' || e.code === 'ECONNRESET')) closedStreams.add(stream);
    else throw e;
  });
}
const say = (stream, s) => {
  if (closedStreams.has(stream) || stream.destroyed) return;
  try {
    stream.write(s + '\n');
  } catch {
    closedStreams.add(stream);
  }
};

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
    out: (s) => say(process.stdout, s),
    err: (s) => say(process.stderr, s),
    assetsDir: path.join(__dirname, '..', 'assets'),
  })
  .then(
    (code) => {
      process.exitCode = code;
    },
    // main() turns every failure into a sentence; this is the last guard.
    (e) => {
      say(process.stderr, `Lỗi không lường trước trong binh-xet (an unexpected fault): ${e && e.message ? e.message : e}`);
      process.exitCode = 3;
    },
  );
