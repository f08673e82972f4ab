/**
 * A staff list typed twenty years ago in TCVN3 (.VnTime) with a unit list in VNI without
 * its font: the review reads both as Unicode, says which ranges it converted, and the
 * input file keeps its bytes. The legacy strings are written from the published tables.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../helpers/cli';

// TCVN3 (TCVN 5712:1993, VN3): "Nguyễn Văn Đức", "Hoàn thành tốt nhiệm vụ", "Phòng Quản lý khoa học".
const TCVN3 = {
  name: 'Nguy\u00d4n V\u00a8n \u00a7\u00f8c',
  header: 'H\u00e4 v\u00b5 t\u00aan',
  rating: 'Ho\u00b5n th\u00b5nh t\u00e8t nhi\u00d6m v\u00f4',
  unit: 'Ph\u00dfng Qu\u00b6n l\u00fd khoa h\u00e4c',
};
// VNI Windows: "Phòng Quản lý khoa học", "Hoàn thành xuất sắc nhiệm vụ".
const VNI = {
  unit: 'Pho\u00f8ng Qua\u00fbn ly\u00f9 khoa ho\u00efc',
  rating: 'Hoa\u00f8n tha\u00f8nh xua\u00e1t sa\u00e9c nhie\u00e4m vu\u00ef',
};

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

test('TCVN3 and VNI sheets are reviewed as Unicode; the converted ranges are listed; the input is unchanged', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bx-legacy-'));
  dirs.push(dir);
  const wb = new ExcelJS.Workbook();
  const staff = wb.addWorksheet('DS');
  staff.addRow(['STT', TCVN3.header, 'N\u00a8m sinh', '\u00a7\u00acn v\u00de', 'X\u00d5p lo\u00b9i']);
  for (let i = 0; i < 10; i++) staff.addRow([i + 1, `${TCVN3.name} ${i + 1}`, 1980 + i, TCVN3.unit, TCVN3.rating]);
  staff.eachRow((row) => row.eachCell((c) => (c.font = { name: '.VnTime', size: 12 })));
  const units = wb.addWorksheet('Don vi');
  units.addRow(['STT', 'Tên đơn vị', 'Xếp loại']);
  units.addRow([1, VNI.unit, VNI.rating]);
  const input = join(dir, 'cu.xlsx');
  await wb.xlsx.writeFile(input);
  const before = readFileSync(input);

  const r = await runCli(['review', input, '--out', join(dir, 'kq.xlsx'), '--json', join(dir, 'kq.json')]);
  expect(r.code).toBe(0);
  expect(readFileSync(input).equals(before)).toBe(true);
  const json = JSON.parse(readFileSync(join(dir, 'kq.json'), 'utf8'));
  expect(json.people).toHaveLength(10);
  expect(json.people[0].name).toBe('Nguyễn Văn Đức 1');
  expect(json.people[0].unit).toBe('Phòng Quản lý khoa học');
  expect(json.people.every((p: { titles: { LDTT: { status: string } } }) => p.titles.LDTT.status === 'awarded')).toBe(true);
  // The VNI rating read as "Hoàn thành xuất sắc nhiệm vụ": TTLĐXS then fails on the missing CSTĐCS
  // alone (no initiative anywhere, so no CSTĐCS), and the unit is TTLĐTT (10 of 10 members LĐTT).
  expect(json.units[0].titles.TTLDXS.status).toBe('not-eligible');
  expect(json.units[0].titles.TTLDXS.reasons.map((r: { code: string }) => r.code)).toEqual(['no-cstdcs-member']);
  expect(json.units[0].collectiveTitle).toBe('TTLDTT');
  const converted = json.issues.filter((i: { code?: string; message: string }) => /TCVN3|VNI/.test(i.message));
  expect(converted.map((i: { message: string }) => i.message)).toEqual(
    // Names over their rows, the header "Năm sinh" alone, units and ratings side by side as one
    // rectangle; the unit sheet's two cells as one.
    [
      ['DS', 'B1:B11', 11, 'TCVN3'],
      ['DS', 'C1', 1, 'TCVN3'],
      ['DS', 'D1:E11', 22, 'TCVN3'],
      ['Don vi', 'B2:C2', 2, 'VNI'],
    ].map(([sheet, range, n, enc]) => `Trang '${sheet}': Vùng ${range} (${n} ô) gõ bằng bảng mã cũ ${enc}: đã chuyển sang Unicode để đọc, hãy kiểm tra tên và nội dung`),
  );
});
