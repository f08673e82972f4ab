import { mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { readFile } from 'node:fs/promises';

export const FIXTURES = resolve(__dirname, '../fixtures');
export const fixture = (name: string) => join(FIXTURES, name);

const made: string[] = [];

/** A fresh folder in the temp directory, removed with everything in it after the test file's tests. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'binh-xet-'));
  made.push(dir);
  return dir;
}

// Jest loads this module once per test file: the hook runs after that file's tests.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of a fixture in a fresh temp dir. */
export function fixtureCopy(name: string): { dir: string; file: string } {
  const dir = tempDir();
  const file = join(dir, name);
  copyFileSync(fixture(name), file);
  return { dir, file };
}

/**
 * The command line in process. A review also writes the Word papers by default; tests about
 * the workbook ask for none (--no-docs) unless they name --docs themselves, which keeps them
 * fast: the papers have tests of their own (test/documents/word-*.test.ts).
 */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  if (args[0] === 'review' && !args.includes('--docs') && !args.includes('--no-docs')) args = [...args, '--no-docs'];
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), assetsDir: resolve(__dirname, '../../assets') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export async function sheetsOf(file: string) {
  return readXlsxGrids(await readFile(file));
}

/** The sample workbook as `binh-xet sample` writes it (its agency, council and plan in its settings), in a fresh temp dir. */
export async function sampleCopy(name = 'so-khcn-bac-giang-2014.xlsx'): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  const file = join(dir, name);
  const r = await runCli(['sample', file]);
  if (r.code !== 0) throw new Error(r.err);
  return { dir, file };
}
