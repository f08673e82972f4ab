/**
 * The yearly loop on the sample: 2013 reviewed and closed ("Chốt kết quả năm"), then 2014
 * reviewed on the same workbook. The 2013 CSTĐCS titles reach the 2014 review only through
 * the history sheet the close wrote, and make people CSTĐ tỉnh (3 consecutive years).
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { closeYear, reviewWorkbook, writeOutcome } from '../../src/workbook/session';
import { HISTORY_SHEET } from '../../src/sheets/carry-forward';

const SAMPLE = join(__dirname, '../fixtures/so-khcn-bac-giang-2014.xlsx');

/** The sample as the clerk kept it in 2013: no 2013 columns yet, a column of provincial initiatives. */
async function workbook2013(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.getWorksheet('DS CBCCVC 2014')!;
  const header = ws.getRow(7);
  const cols: Record<string, number> = {};
  header.eachCell((c, n) => (cols[String(c.value)] = n));
  // The sample's columns M and N (its header row 7): emptied, so 2013 has no history of its own.
  expect([cols['CSTĐCS 2013'], cols['Xếp loại 2013']]).toEqual([13, 14]);
  for (const name of ['CSTĐCS 2013', 'Xếp loại 2013']) ws.getColumn(cols[name]).eachCell((c) => (c.value = null));
  ws.unMergeCells('M6:O6');
  ws.getCell('M6').value = 'Các năm trước';
  // Everyone on the list has an initiative recognised at provincial scope: only the years decide.
  ws.getCell(6, 18).value = 'Sáng kiến cấp tỉnh';
  ws.getCell(7, 18).value = 'Sáng kiến cấp tỉnh';
  for (let r = 9; r <= ws.rowCount; r++) if (/^\d+$/.test(String(ws.getCell(r, 1).value))) ws.getCell(r, 18).value = 'x';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const cstdTinh = (o: Awaited<ReturnType<typeof reviewWorkbook>>) => o.result!.persons.filter((p) => p.verdicts.CSTD_TINH?.status === 'awarded').map((p) => p.person.name);

test('2013 closed, then 2014 reviewed: CSTĐ tỉnh through the carried history, and a second close adds nothing', async () => {
  const bytes = await workbook2013();
  // The list's column "Tỷ lệ phiếu bầu (%)" taken as the council's ballot, as the clerk says with
  // --staff-votes: whole percents are votes a council of 100 can cast (src/pipeline/staff-votes.ts).
  const votes = { staffVotes: { council: 100 } };

  // Without the close, 2014 has no 2013 titles: nobody has three consecutive years.
  const unclosed = await XlsxWorkbook.open(bytes);
  const before = await reviewWorkbook(unclosed, { reviewDate: '2014-12-20', ...votes });
  expect(before.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(cstdTinh(before)).toEqual([]);

  const wb = await XlsxWorkbook.open(bytes);
  const closed = await closeYear(wb, { reviewDate: '2013-12-20', ...votes });
  if (!closed.ok) throw new Error(closed.reason);
  const cstdcs2013 = closed.outcome.result!.persons.filter((p) => p.verdicts.CSTDCS?.status === 'awarded').map((p) => p.person.name);
  // By hand (rules.md, vn-2014): 81 LĐTT in 2013 (nobody on the list was hired after 1 March 2013), each with
  // an initiative (the provincial column above), floor(15 % × 81) = 12 places, ranked by vote share (the
  // 2014 group is read as 2013's, with a warning, since nothing else gives 2013): 100 % three times, 99 %
  // twice, 98 %, 97 % three times, 96 %, 95 %, and 94 % for the twelfth (the thirteenth has 93 %).
  expect([...cstdcs2013].sort()).toEqual(
    [
      'Nguyễn Thúy Hà',
      'Bùi Hữu Nam',
      'Lý Hữu Tùng',
      'Hoàng Xuân Cường',
      'Thân Hữu Hùng',
      'Vũ Minh Nhung',
      'Vũ Ngọc Linh',
      'Giáp Thu Oanh',
      'Phạm Thu Oanh',
      'Giáp Hồng Yến',
      'Nguyễn Thu Phương',
      'Dương Thanh Đạt',
    ].sort(),
  );
  expect(closed.ambiguous).toEqual([]);
  const history = (await wb.read([HISTORY_SHEET]))[0].values;
  expect(history[0]).toEqual(['Họ tên', 'Đơn vị', 'Ngày sinh/Năm sinh', 'Năm', 'Danh hiệu', 'Xếp loại', 'Số quyết định']);
  const rows2013 = history
    .slice(1)
    .filter((r) => r[3] === 2013 && r[4] === 'Chiến sĩ thi đua cơ sở')
    .map((r) => r[0]);
  expect(rows2013.sort()).toEqual([...cstdcs2013].sort());

  // Closing the same year again adds nothing.
  const again = await closeYear(wb, { reviewDate: '2013-12-20', ...votes });
  expect(again.ok && again.added).toBe(0);

  const after = await reviewWorkbook(wb, { reviewDate: '2014-12-20', ...votes });
  const reached = cstdTinh(after);
  // CSTĐCS in 2014 (the same twelve: the same people, votes and initiatives), in 2013 (the carried history
  // above) and in 2012 (marked "x" in the sample): Nguyễn Thúy Hà and Dương Thanh Đạt.
  expect([...reached].sort()).toEqual(['Dương Thanh Đạt', 'Nguyễn Thúy Hà'].sort());
  for (const name of reached) {
    expect(cstdcs2013).toContain(name);
    const p = after.result!.persons.find((x) => x.person.name === name)!;
    expect(p.verdicts.CSTDCS!.status).toBe('awarded');
  }
  // The 2014 results are written beside the history sheet, which stays the clerk's input.
  await writeOutcome(wb, after, 'cli');
  const names = (await wb.sheets()).map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining([HISTORY_SHEET, 'Mẫu DS CSTĐ tỉnh']));
  // The Tờ trình is a Word paper per authority, no longer a sheet.
  expect(names).not.toContain('Tờ trình khen thưởng');
  expect((await wb.getSettings())!.ownedSheets).not.toContain(HISTORY_SHEET);
});
