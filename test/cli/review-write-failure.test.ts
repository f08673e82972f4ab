/**
 * A write that cannot complete leaves everything as it was: the input's bytes, an earlier
 * result file, and no stray temporary file; the message says what happened, in Vietnamese.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureCopy, runCli } from '../helpers/cli';
import { main } from '../../src/cli/main';

test('the output cannot be written (its folder is a file): exit 2, said plainly, the input untouched, nothing left behind', async () => {
  const { dir, file } = fixtureCopy('so-khcn-bac-giang-2014.xlsx');
  const before = readFileSync(file);
  writeFileSync(join(dir, 'not-a-folder'), 'x');
  const r = await runCli(['review', file, '--out', join(dir, 'not-a-folder', 'kq.xlsx')]);
  expect(r.code).toBe(2);
  expect(r.err).toBe(`Không ghi được tệp "${join(dir, 'not-a-folder', 'kq.xlsx')}": một phần của đường dẫn là tệp chứ không phải thư mục (ENOTDIR). Không tệp nào bị thay đổi.`);
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(readdirSync(dir).sort()).toEqual(['not-a-folder', 'so-khcn-bac-giang-2014.xlsx']);
});

test('the output path is taken by a folder: the earlier result and the input stay as they were', async () => {
  const { dir, file } = fixtureCopy('so-khcn-bac-giang-2014.xlsx');
  const first = await runCli(['review', file, '--out', join(dir, 'kq.xlsx')]);
  expect(first.code).toBe(0);
  const earlier = readFileSync(join(dir, 'kq.xlsx'));
  mkdirSync(join(dir, 'kq2.xlsx'));
  const r = await runCli(['review', join(dir, 'kq.xlsx'), '--out', join(dir, 'kq2.xlsx')]);
  expect(r.code).toBe(2);
  expect(r.err).toContain('Không ghi được tệp');
  expect(readFileSync(join(dir, 'kq.xlsx')).equals(earlier)).toBe(true);
  expect(readdirSync(dir).sort()).toEqual(['kq.xlsx', 'kq2.xlsx', 'so-khcn-bac-giang-2014.xlsx']);
});

test('the same input gives byte-identical output twice (the clock fixed, as SOURCE_DATE_EPOCH does)', async () => {
  const { dir, file } = fixtureCopy('so-khcn-bac-giang-2014.xlsx');
  const now = () => new Date('2014-12-20T08:00:00Z');
  const run = async (out: string) => {
    const out1: string[] = [];
    const code = await main(['review', file, '--out', join(dir, out), '--no-docs'], { out: (s) => out1.push(s), err: () => undefined, assetsDir: '', now });
    expect(code).toBe(0);
    return readFileSync(join(dir, out));
  };
  const a = await run('a.xlsx');
  const b = await run('b.xlsx');
  expect(a.equals(b)).toBe(true);
  // …and a different clock changes only the stamps, so the check above can fail.
  const c = await main(['review', file, '--out', join(dir, 'c.xlsx'), '--no-docs'], { out: () => undefined, err: () => undefined, assetsDir: '', now: () => new Date('2015-01-05T08:00:00Z') });
  expect(c).toBe(0);
  expect(readFileSync(join(dir, 'c.xlsx')).equals(a)).toBe(false);
});

test('an .xlsm output for a workbook without macros is refused (Excel would not open it)', async () => {
  const { dir, file } = fixtureCopy('so-khcn-bac-giang-2014.xlsx');
  const r = await runCli(['review', file, '--out', join(dir, 'kq.xlsm')]);
  expect(r.code).toBe(2);
  expect(r.err).toContain('tệp kết quả .xlsm chỉ dùng cho sổ có macro');
  expect(readdirSync(dir)).toEqual(['so-khcn-bac-giang-2014.xlsx']);
});
