/**
 * The council's vote comes from its tally form. The sample's staff list has a column
 * "Tỷ lệ phiếu bầu (%)" (75 %, 79 %, 93 %, 97 %…): shares no council of 9 can cast (7 of 9 is
 * 77,8 %). Without the clerk's word it is not the vote; with it (--staff-votes 9) each value
 * is checked against what 9 members can cast.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli, sampleCopy, fixture, tempDir } from '../helpers/cli';
import { XlsxWorkbook } from '../../src/workbook/xlsx';

const review = async (file: string, dir: string, extra: string[] = []) => {
  const json = join(dir, `kq${extra.length}.json`);
  const out = join(dir, `kq${extra.length}.xlsx`);
  const r = await runCli(['review', file, '--out', out, '--json', json, '--docs', join(dir, `vb${extra.length}`), ...extra]);
  return { r, json: JSON.parse(readFileSync(json, 'utf8')), out };
};

test('no word from the clerk: the staff column is not the vote, it is said, and the CSTĐCS papers wait for the tally', async () => {
  const { dir, file } = await sampleCopy();
  const { r, json } = await review(file, dir);
  expect(r.code).toBe(0);
  const unused = json.issues.find((i: { code: string }) => i.code === 'staff-votes-unused');
  expect(unused).toMatchObject({ severity: 'warning', sheet: 'DS CBCCVC 2014', cell: 'O', value: 'Tỷ lệ phiếu bầu (%)' });
  expect(unused.message).toContain('--staff-votes');
  // On the console too, with its place called a column: the count line's "cảnh báo ở trên" is true.
  expect(r.out).toContain(`⚠ Trang 'DS CBCCVC 2014', cột O: Cột "Tỷ lệ phiếu bầu (%)" không được dùng làm kết quả bỏ phiếu`);
  expect(r.out).toContain('DỰ THẢO (chờ kết quả bỏ phiếu CSTĐCS)');
});

test('--staff-votes 9 on shares a council of 9 cannot cast: each is an error naming its cell, none is used', async () => {
  const { dir, file } = await sampleCopy();
  const { r, json, out } = await review(file, dir, ['--staff-votes', '9']);
  expect(r.code).toBe(0);
  const errors = json.issues.filter((i: { code: string }) => i.code === 'staff-votes-impossible');
  // O10 holds 75 %: 6 of 9 is 66,7 %, 7 of 9 is 77,8 %.
  expect(errors.find((i: { cell: string }) => i.cell === 'O10')).toMatchObject({ severity: 'error', sheet: 'DS CBCCVC 2014' });
  expect(errors.find((i: { cell: string }) => i.cell === 'O10').message).toContain('Tỷ lệ phiếu 75 % không thể có với Hội đồng 9 thành viên (gần nhất: 6/9 = 66,7 %)');
  // 100 % is 9 of 9: possible, so not every row is an error.
  expect(errors.length).toBeGreaterThan(0);
  // The console names the first errors and counts the rest: the clerk is not left with a bare number.
  expect(r.out).toContain("✘ Trang 'DS CBCCVC 2014', ô O10: Tỷ lệ phiếu 75 % không thể có");
  const allErrors = json.issues.filter((i: { severity: string }) => i.severity === 'error').length;
  expect(r.out).toContain(`✘ … và ${allErrors - 5} lỗi khác: xem trang "Vấn đề dữ liệu"`);
  expect(r.out).toContain('DỰ THẢO (chờ kết quả bỏ phiếu CSTĐCS)');
  // The clerk's word is kept with the workbook, as the other settings.
  const saved = await (await XlsxWorkbook.open(new Uint8Array(readFileSync(out)))).getSettings();
  expect(saved?.staffVotes).toEqual({ council: 9 });
});

test('--staff-votes 9 on a column of votes of 9 (whole numbers): the vote is in, read as k/9; its tie at the cap is said, not broken', async () => {
  const dir = tempDir();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixture('so-khcn-bac-giang-2014.xlsx'));
  const ws = wb.getWorksheet('DS CBCCVC 2014')!;
  // The column as votes of 9: the share × 9, rounded (79 % → 7).
  ws.eachRow((row, n) => {
    const c = row.getCell('O');
    if (n > 6 && typeof c.value === 'number') c.value = Math.round((c.value > 1 ? c.value / 100 : c.value) * 9);
  });
  ws.getCell('O6').value = 'Phiếu bầu';
  const file = join(dir, 'phieu.xlsx');
  await wb.xlsx.writeFile(file);
  const { r, json } = await review(file, dir, ['--staff-votes', '9']);
  expect(r.code).toBe(0);
  expect(json.issues.filter((i: { code: string }) => i.code.startsWith('staff-votes'))).toEqual([]);
  // Nine people have 7 of 9 (77,8 %), the same rating and one initiative, for the last 8 places.
  expect(r.out).toMatch(/CSTĐCS: 9 người bằng nhau \(77,8 %, cùng xếp loại và số sáng kiến\) cho 8 suất còn lại/);
  expect(json.warnings.map((w: { code: string }) => w.code)).toContain('cap-tie');
  const cstdcs = json.people.filter((p: { titles: { CSTDCS?: { status: string } } }) => p.titles.CSTDCS?.status === 'awarded');
  expect(cstdcs).toHaveLength(12);
});
