/**
 * A command-line write stopped at a given stage, for the signal tests
 * (test/cli/review-files.test.ts): `node -r @swc-node/register commit-child.ts <stage> <json> <xlsx>`
 * writes new contents to both files and, at `stage` ("written": temporary files on disk,
 * nothing renamed; "renamed": the JSON in place, the workbook not yet), prints "ready" and
 * waits to be stopped. On a signal it prints what the command line would. Stage "folder":
 * takes a temporary folder (as a conversion does), prints "ready <folder>" and waits.
 */
import { commitFiles, temporaryFolder } from '../../src/cli/files';

const [stage, json, xlsx] = process.argv.slice(2);
const wait = async (what = '') => {
  process.stdout.write(`ready${what}\n`);
  await new Promise(() => setInterval(() => undefined, 60_000));
};
if (stage === 'folder') {
  void temporaryFolder('binh-xet-test-').then((dir) => wait(` ${dir}`));
} else {
  void commitFiles(
    [
      { path: json, bytes: new TextEncoder().encode('{"new":true}') },
      { path: xlsx, bytes: new TextEncoder().encode('new workbook') },
    ],
    {
      onSignal: (signal) => process.stderr.write(`stopped ${signal}\n`),
      ...(stage === 'written' ? { written: () => wait() } : { renamed: () => wait() }),
    },
  ).then(() => process.stdout.write('done\n'));
}
