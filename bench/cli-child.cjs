// The command line's whole review of a file, in a process of its own so its peak memory is its own.
// Extra arguments go to the command (e.g. --no-docs); the Word papers' stage is timed apart.
const path = require('node:path');
const { main } = require('../lib/cli.cjs');
(async () => {
  const t0 = performance.now();
  const stages = {};
  const code = await main(['review', process.argv[2], '--out', process.argv[3], '--date', '2014-12-20', ...process.argv.slice(4)], {
    out: () => {},
    err: (s) => process.stderr.write(s + '\n'),
    assetsDir: path.join(__dirname, '..', 'assets'),
    timing: (stage, ms) => (stages[`${stage}Ms`] = ms),
  });
  const ms = performance.now() - t0;
  if (code !== 0) process.exit(code);
  console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, ...stages }));
})();
