// The command line's whole review of a file, in a process of its own so its peak memory is its own.
// Extra arguments go to the command (e.g. --no-docs). Each line the command prints is timed, so
// the Word papers' share (from "Đã ghi: <workbook>" to "Đã ghi N văn bản Word") is reported apart.
const path = require('node:path');
const { main } = require('../lib/cli.cjs');
(async () => {
  const t0 = performance.now();
  const lines = [];
  const code = await main(['review', process.argv[2], '--out', process.argv[3], '--date', '2014-12-20', '--lang', 'vi', ...process.argv.slice(4)], {
    out: (s) => lines.push({ at: performance.now(), s }),
    err: (s) => process.stderr.write(s + '\n'),
    assetsDir: path.join(__dirname, '..', 'assets'),
  });
  const ms = performance.now() - t0;
  if (code !== 0) process.exit(code);
  const at = (re) => lines.find((l) => re.test(l.s))?.at;
  const workbook = at(/^Đã ghi: /);
  const papers = at(/^Đã ghi \d+ văn bản Word/);
  console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, ...(workbook !== undefined && papers !== undefined ? { papersMs: papers - workbook } : {}) }));
})();
