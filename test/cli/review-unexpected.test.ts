/**
 * A fault nobody foresaw (a bug) still reaches the clerk as a sentence, in Vietnamese, with
 * the detail to send on, exit 3, and no file written: never a raw TypeError and a stack.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureCopy, runCli } from '../helpers/cli';

jest.mock('../../src/workbook/session', () => ({
  ...jest.requireActual('../../src/workbook/session'),
  reviewWorkbook: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'columns')");
  },
}));

test('a TypeError inside the review: a sentence, exit 3, nothing written', async () => {
  const { dir, file } = fixtureCopy('so-khcn-bac-giang-2014.xlsx');
  const r = await runCli(['review', file, '--out', join(dir, 'kq.xlsx'), '--json', join(dir, 'kq.json')]);
  expect(r.code).toBe(3);
  expect(r.err).toBe("Lỗi không lường trước trong binh-xet; không tệp nào bị thay đổi. Xin gửi dòng sau cho người hỗ trợ: TypeError: Cannot read properties of undefined (reading 'columns')");
  expect(r.out).toBe('');
  expect(readdirSync(dir)).toEqual(['so-khcn-bac-giang-2014.xlsx']);
});
