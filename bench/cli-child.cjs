// The command line's whole review of a file, in a process of its own so its peak memory is its own.
// Extra arguments go to the command (e.g. --no-docs); the Word papers' stage is timed apart.
// Prints {ms, rssMb, code, …stages} whatever the exit code of the review (crafted packages end with 2).
const path = require('node:path');
const { main } = require('../lib/cli.cjs');
(async () => {
  const t0 = performance.now();
  const stages = {};
  const err = [];
  const code = await main(['review', process.argv[2], '--out', process.argv[3], '--date', '2014-12-20', ...process.argv.slice(4)], {
    out: () => {},
    err: (s) => err.push(s),
    assetsDir: path.join(__dirname, '..', 'assets'),
    timing: (stage, ms) => (stages[`${stage}Ms`] = ms),
  });
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, code, err: err[0] ?? '', ...stages }));
})();
