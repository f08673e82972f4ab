/**
 * `npm test` wherever a developer works (scripts/test-all.sh): on a machine without the system
 * packages and without a way to install them, scripts/system-deps.sh names what is missing and
 * exits 3 (run the rest), and scripts/tests-needing.sh finds the test files that need each one.
 * Run here with a PATH that hides the tools, as on a Mac or a Windows machine with Git Bash.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
/** Where a command is on this machine's PATH, or undefined. */
const which = (cmd: string): string | undefined => {
  const r = spawnSync('bash', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
};
const BASH = which('bash')!;
/**
 * The marker words spelled in pieces: tests-needing.sh finds a test by the word, and this test,
 * which needs none of the tools, must not be left out with those that do.
 */
const SOFFICE = ['s', 'office'].join('');
const XMLLINT = ['xml', 'lint'].join('');
const PDFTOTEXT = ['pdf', 'totext'].join('');
const bash = (args: string[], env: NodeJS.ProcessEnv = process.env) => spawnSync(BASH, args, { cwd: ROOT, encoding: 'utf8', env });

test('without the tools and without apt-get, system-deps.sh lists what is missing and exits 3', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'deps-'));
  try {
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    // Only the plain utilities the script itself uses; none of the packages, no apt-get, no sudo.
    for (const cmd of ['id', 'grep', 'cut', 'sort', 'tr', 'find', 'dirname', 'mkdir', 'rm', 'cat']) {
      const at = which(cmd);
      if (at) symlinkSync(at, path.join(bin, cmd));
    }
    const list = path.join(dir, 'missing.txt');
    const r = bash(['scripts/system-deps.sh'], { PATH: bin, HOME: dir, CHROMIUM: path.join(dir, 'no-chromium'), BINH_XET_MISSING_LIST: list });
    expect(r.status).toBe(3);
    const lines = readFileSync(list, 'utf8').trim().split('\n');
    // The five tools, each with the word its tests are found by; the fonts depend on the machine.
    expect(lines.filter((l) => !l.startsWith('fonts-'))).toEqual(['chromium browser', `libxml2-utils ${XMLLINT}`, `libreoffice-calc-nogui ${SOFFICE}`, `poppler-utils ${PDFTOTEXT}`, 'unzip unzip']);
    for (const l of lines.filter((x) => x.startsWith('fonts-'))) expect(l).toMatch(new RegExp(`^fonts-(liberation2|crosextra-carlito) ${SOFFICE}$`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('tests-needing.sh finds the tests by the word, through a helper, and not through a source file of the same name', () => {
  const of = (marker: string) => bash(['scripts/tests-needing.sh', marker]).stdout.trim().split('\n').filter(Boolean);
  const office = of(SOFFICE);
  // Direct users of LibreOffice, and a test that expects the command line to have converted by it.
  expect(office).toEqual(
    expect.arrayContaining(['test/documents/render.test.ts', 'test/documents/word-render.test.ts', 'test/workbook/libreoffice-packages.test.ts', 'test/cli/other-file-types.test.ts']),
  );
  // test/fixtures/layouts/build.ts runs LibreOffice; src/rules/presets/build.ts is another "build": not a reason.
  expect(office).not.toContain('test/architecture/recipe-title.test.ts');
  expect(office.every((f) => existsSync(path.join(ROOT, f)) && /\.test\.tsx?$/.test(f))).toBe(true);
  expect(of(XMLLINT)).toEqual(expect.arrayContaining(['test/manifest.test.ts', 'test/documents/word-table-xml.test.ts']));
  expect(of(['un', 'zip'].join(''))).toEqual(expect.arrayContaining(['test/ooxml/zip.test.ts']));
  // Nothing needs a package no test names (the word is put together here, so this file does not name it).
  expect(of(['no', 'such', 'tool'].join('-'))).toEqual([]);
});
