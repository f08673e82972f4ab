/**
 * Cờ thi đua của UBND tỉnh (CO_TINH): the clerk marks, on the unit sheet, the units the
 * province's emulation cluster chose; the engine checks each is this year's TTLĐXS. The sample
 * workbook with a "Cờ thi đua" column added: x on Thanh tra Sở, "đề nghị" on Phòng Quản lý Khoa học.
 *
 * Worked out by hand from the sample's sheets (rules.md, Luật 2003 Đ27):
 * - Thanh tra Sở (staff section II, six people) is TTLĐXS: the unit is rated HTXSNV; all six are
 *   rated HTTNV or better with under 40 days of leave and no discipline, so 6/6 LĐTT (≥ 70 %);
 *   it has a CSTĐCS. Marked by the cluster: proposed for Cờ thi đua.
 * - Phòng Quản lý Khoa học is rated HTTNV ("Hoàn thành tốt nhiệm vụ" on the unit sheet), so it
 *   cannot be TTLĐXS (HTXSNV required): marked, but refused for not being TTLĐXS.
 * - Every other unit has a blank cell: refused as not chosen, naming column H of 'Đơn vị'.
 * - Cờ thi đua is the provincial chairman's: in the Tờ trình, never in the head's Quyết định.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { fixtureCopy, runCli, sheetsOf } from '../helpers/cli';
import type { JsonUnit, ReviewJson } from '../helpers/review-json';

jest.setTimeout(120000);

const textOf = (file: string) => strFromU8(unzipSync(readFileSync(file))['word/document.xml']).replace(/<[^>]+>/g, '');
const withoutFlag = (units: JsonUnit[]) => units.map((u) => ({ ...u, titles: Object.fromEntries(Object.entries(u.titles).filter(([k]) => k !== 'CO_TINH')) }));

let dir: string;
let json: ReviewJson;
let plain: ReviewJson;
let out: string;
let result: { code: number; out: string; err: string };

beforeAll(async () => {
  let file: string;
  ({ dir, file } = fixtureCopy('so-khcn-bac-giang-2014.xlsx'));
  // The same workbook without the column, for the comparison of every other verdict.
  const base = await runCli(['review', file, '--out', join(dir, 'plain.xlsx'), '--json', join(dir, 'plain.json'), '--date', '2014-12-20']);
  expect(base.code).toBe(0);
  plain = JSON.parse(readFileSync(join(dir, 'plain.json'), 'utf8')) as ReviewJson;

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Đơn vị')!;
  expect(ws.getCell('B8').value).toBe('Thanh tra Sở');
  expect(ws.getCell('B10').value).toBe('Phòng Quản lý Khoa học');
  ws.getCell('H6').value = 'Cờ thi đua';
  ws.getCell('H8').value = 'x';
  ws.getCell('H10').value = 'đề nghị';
  const marked = join(dir, 'co-thi-dua.xlsx');
  await wb.xlsx.writeFile(marked);
  out = join(dir, 'kq.xlsx');
  result = await runCli(['review', marked, '--out', out, '--json', join(dir, 'kq.json'), '--date', '2014-12-20', '--docs', join(dir, 'vb')]);
  json = JSON.parse(readFileSync(join(dir, 'kq.json'), 'utf8')) as ReviewJson;
});

const unitOf = (name: string) => json.units.find((u) => u.name === name)!;

test('the TTLĐXS unit the cluster chose is proposed; the chosen unit that is not TTLĐXS is refused for that alone', () => {
  expect(result.code).toBe(0);
  expect(unitOf('Thanh tra Sở').collectiveTitle).toBe('TTLDXS');
  expect(unitOf('Thanh tra Sở').titles.CO_TINH).toEqual({ status: 'awarded', reasons: [] });
  const qlkh = unitOf('Phòng Quản lý Khoa học').titles.CO_TINH;
  expect(qlkh.status).toBe('not-eligible');
  expect(qlkh.reasons.map((r) => r.code)).toEqual(['unit-not-title']);
  expect(qlkh.reasons[0].text).toBe('Tập thể không đạt danh hiệu TTLĐXS năm nay');
  expect(qlkh.reasons[0].citation).toMatch(/Luật TĐKT 2003 \(sửa đổi 2013\) Điều 26/);
  expect(json.units.filter((u) => u.titles.CO_TINH.status === 'awarded').map((u) => u.name)).toEqual(['Thanh tra Sở']);
});

test('a unit left blank is not chosen, and the reason names the column and the sheet', () => {
  const vp = unitOf('Văn phòng Sở').titles.CO_TINH;
  // Văn phòng Sở: not TTLĐXS, not marked, and a member warned (Bùi Minh Oanh, cảnh cáo).
  expect(vp.reasons.map((r) => r.code)).toEqual(['unit-not-title', 'cluster-not-selected', 'member-discipline']);
  expect(vp.reasons[1].text).toBe("Chưa được khối thi đua bình chọn (ghi ở cột H của trang đơn vị 'Đơn vị')");
  // With the column there, nothing says it is missing.
  expect(json.issues.map((i) => i.code)).not.toContain('missing-clusterChoice');
  expect(plain.issues.filter((i) => i.code === 'missing-clusterChoice')).toEqual([expect.objectContaining({ severity: 'info', sheet: 'Đơn vị' })]);
  expect(plain.units.every((u) => u.titles.CO_TINH.status === 'not-eligible')).toBe(true);
});

test('the column changes no other verdict', () => {
  expect(withoutFlag(json.units)).toEqual(withoutFlag(plain.units));
  expect(json.people).toEqual(plain.people);
});

test('the nomination list and its official form name the proposed unit only', async () => {
  const grids = await sheetsOf(out);
  for (const tab of ['DS đề nghị Cờ thi đua tỉnh', 'Mẫu DS Cờ thi đua']) {
    const g = grids.find((s) => s.name === tab)!;
    expect(g).toBeDefined();
    const cells = g!.values.flat().map(String);
    expect(cells).toContain('Thanh tra Sở');
    expect(cells.join(' ')).not.toContain('Phòng Quản lý Khoa học');
  }
});

test('the Tờ trình to the provincial chairman proposes Cờ thi đua for the unit; the Quyết định of the head does not', () => {
  const tt = textOf(join(dir, 'vb', '04-to-trinh-chu-tich-ubnd-tinh-2014.docx'));
  expect(tt).toContain('tặng Bằng khen, Cờ thi đua');
  expect(tt).toContain('Tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho 01 tập thể');
  expect(tt).toContain('DANH SÁCH TẬP THỂ ĐỀ NGHỊ TẶNG CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH');
  const list = tt.slice(tt.indexOf('DANH SÁCH TẬP THỂ ĐỀ NGHỊ TẶNG CỜ THI ĐUA'));
  expect(list).toContain('Thanh tra Sở');
  expect(list).not.toContain('Phòng Quản lý Khoa học');
  const qd = textOf(join(dir, 'vb', '03-quyet-dinh-khen-thuong-2014.docx'));
  expect(qd).not.toContain('Cờ thi đua');
});
