/**
 * The clerk fixes every choice: on the command line with `--map`, saved in the workbook's
 * settings exactly as the pane saves a mapping, so the next run (and the add-in) reads the
 * same way without being told again. The reader honours a role given to any sheet, even one
 * recognition found nothing on, and says clearly when a chosen sheet has no name column.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runReview } from '../../src/pipeline/run';
import { emptySettings } from '../../src/domain/settings';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';
import { describeIssue } from '../../src/sheets/issue-text';
import { allKeys, t } from '../../src/i18n/catalogue';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { L12, L04, type Layout } from '../fixtures/layouts/layouts';
import { writeLayout } from '../fixtures/layouts/write';
import { runCli, tempDir } from '../helpers/cli';

jest.setTimeout(60_000);
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function review(file: string, out: string, extra: string[]) {
  const json = `${out}.json`;
  const r = await runCli(['review', file, '--out', out, '--json', json, '--date', '2024-12-20', ...extra]);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { ...r, j: r.code === 0 || r.code === 1 ? (JSON.parse(readFileSync(json, 'utf8')) as any) : null };
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const statuses = (j: any, title: string) => Object.fromEntries(j.people.map((p: any) => [p.name, p.titles[title].status]));
const written = async (l: Layout) => writeLayout(l, dir);

test('--map rating=Sheet!F reads the other column, and is saved so the next run reads it too', async () => {
  const file = await written(L12);
  const first = await review(file, join(dir, 'a.xlsx'), ['--map', 'rating=Tổng hợp xếp loại!F']);
  expect(first.code).toBe(0);
  // The self-assessment now: Hậu HTXSNV (Giấy khen), Kim HTTNV (LĐTT).
  expect(statuses(first.j, 'LDTT')).toEqual({ 'Phùng Văn Hậu': 'awarded', 'Diệp Thị Kim': 'awarded', 'Văn Đức Long': 'awarded' });
  expect(statuses(first.j, 'GIAY_KHEN')).toEqual({ 'Phùng Văn Hậu': 'awarded', 'Diệp Thị Kim': 'not-eligible', 'Văn Đức Long': 'awarded' });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  expect(first.j.issues.map((i: any) => i.code)).not.toContain('two-columns-rating');
  expect(first.out).toContain('Đã lưu 1 lựa chọn --map trong sổ kết quả');
  const saved = await (await XlsxWorkbook.open(readFileSync(join(dir, 'a.xlsx')))).getSettings();
  // As the pane saves the same choice (one choices module): the sheet's role and the field's column; the header stays recognised.
  expect(saved?.mapping).toEqual({ 'Tổng hợp xếp loại': { role: 'staff', columns: { rating: 'F' } } });
  const again = await review(join(dir, 'a.xlsx'), join(dir, 'b.xlsx'), []);
  expect(statuses(again.j, 'GIAY_KHEN')).toEqual(statuses(first.j, 'GIAY_KHEN'));
});

test('a sheet named after its form or like a guide is read by its content; ignore=Sheet keeps it out (issue 21)', async () => {
  // "Mẫu 01" is the form's name: read as any list. "Hướng dẫn" holding the only list with a rating: read, with a warning.
  const form: Layout = { ...L12, id: 'mau-01', sheets: [{ ...L12.sheets[0], name: 'Mẫu 01' }] };
  const read = await review(await written(form), join(dir, 'c.xlsx'), []);
  expect(read.code).toBe(0);
  expect(read.j.people).toHaveLength(3);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  expect(read.j.issues.map((i: any) => i.code)).not.toContain('guide-name-read');
  const guide: Layout = { ...L12, id: 'huong-dan', sheets: [{ ...L12.sheets[0], name: 'Hướng dẫn' }] };
  const file = await written(guide);
  const taken = await review(file, join(dir, 'c2.xlsx'), []);
  expect(taken.code).toBe(0);
  expect(taken.j.people).toHaveLength(3);
  expect(taken.out + taken.err).toContain("Trang 'Hướng dẫn': Trang này có tên như trang hướng dẫn/mẫu nhưng là trang duy nhất có danh sách với cột xếp loại năm nay");
  const chosen = await review(file, join(dir, 'c3.xlsx'), ['--map', 'staff=Hướng dẫn']);
  expect(chosen.code).toBe(0);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  expect(chosen.j.issues.map((i: any) => i.code)).not.toContain('guide-name-read');
  const ignored = await review(file, join(dir, 'd.xlsx'), ['--map', 'ignore=Hướng dẫn']);
  expect(ignored.code).toBe(1);
  expect(ignored.err).toContain('Không tìm thấy danh sách cán bộ');
});

test('a rating column given to the template that has none lets the review run', async () => {
  // "Danh hiệu thi đua/Hình thức khen thưởng" (G) is no rating; the clerk points at a column typed in later.
  const withRating: Layout = {
    ...L04,
    id: 'mau-tdkt-them-cot',
    sheets: L04.sheets.map((s) => (s.name === 'file nhận' ? { ...s, rows: s.rows.map((r, i) => (i === 0 ? r : i <= 2 ? [...r.slice(0, 9), i === 1 ? 'Tốt' : 'Xuất sắc', ...r.slice(10)] : r)) } : s)),
  };
  const file = await written(withRating);
  const r = await review(file, join(dir, 'e.xlsx'), ['--map', 'rating=file nhận!J']);
  expect(r.code).toBe(0);
  expect(statuses(r.j, 'LDTT')).toEqual({ 'Phan Văn Tùng': 'awarded', 'Lương Thị Vân': 'awarded' });
});

test('--map header=Sheet!ROW sets where the header ends, and is saved', async () => {
  const file = await written(L12);
  const r = await review(file, join(dir, 'h.xlsx'), ['--map', 'header=Tổng hợp xếp loại!2', '--map', 'unit=Tổng hợp xếp loại!']);
  expect(r.code).toBe(0);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  expect(r.j.people.map((p: any) => p.unit)).toEqual([null, null, null]);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  expect(r.j.issues.map((i: any) => i.code)).toContain('missing-unit');
  const saved = await (await XlsxWorkbook.open(readFileSync(join(dir, 'h.xlsx')))).getSettings();
  expect(saved?.mapping?.['Tổng hợp xếp loại']).toEqual({ role: 'staff', headerRow: 2, columns: { unit: '' } });
});

test('bad --map values are usage errors naming what is expected', async () => {
  const file = await written(L12);
  for (const [arg, text] of [
    ['rating', 'ROLE=Sheet | FIELD=Sheet!COLUMN'],
    ['xeploai=Tổng hợp xếp loại!F', '"xeploai"'],
    ['rating=Tổng hợp xếp loại!F9', 'FIELD=Sheet!COLUMN'],
    ['rating=Không có!F', 'không có trang "Không có"'],
  ]) {
    const r = await review(file, join(dir, 'f.xlsx'), ['--map', arg]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(text);
  }
});

// ---------------------------------------------------------------------------------------
// What the pane relies on: a role chosen for any sheet is honoured (settings `mapping[sheet].role`).

const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, visibility: 'visible', top: 0, left: 0, merges: [], values });
const odd = grid('Bảng 1', [
  ['Tên CB', 'Bộ phận công tác', 'KQ cuối năm'],
  ['Nguyễn An', 'Tổ 1', 'HTTNV'],
  ['Trần Bình', 'Tổ 1', 'HTXSNV'],
]);

test('a staff role and columns given to a sheet recognition found nothing on', () => {
  expect(runReview([odd], emptySettings(), { reviewDate: '2024-12-20' }).parsed.issues[0].code).toBe('no-staff-sheet');
  const chosen = runReview([odd], { ...emptySettings(), mapping: { 'Bảng 1': { role: 'staff', headerRow: 1, columns: { name: 'A', unit: 'B', rating: 'C' } } } }, { reviewDate: '2024-12-20' });
  expect(chosen.result!.persons.map((p) => [p.person.name, p.person.unit, p.verdicts.LDTT!.status])).toEqual([
    ['Nguyễn An', 'Tổ 1', 'awarded'],
    ['Trần Bình', 'Tổ 1', 'awarded'],
  ]);
});

test('a sheet chosen as the staff list with no name column is said clearly', () => {
  const outcome = runReview([odd], { ...emptySettings(), mapping: { 'Bảng 1': { role: 'staff', columns: {} } } }, { reviewDate: '2024-12-20' });
  expect(outcome.result).toBeUndefined();
  expect(describeIssue(outcome.issues[0])).toMatch(/^Trang 'Bảng 1': Trang này được chọn làm danh sách cán bộ nhưng không tìm thấy cột "Họ và tên"/);
});

test('the pane and the sheets say where to choose; only the console and the JSON add the command-line way', () => {
  const outcome = runReview([odd], { ...emptySettings(), mapping: { 'Bảng 1': { role: 'staff', columns: {} } } }, { reviewDate: '2024-12-20' });
  const issue = outcome.issues[0];
  expect(describeIssue(issue, 'vi')).toBe('Trang \'Bảng 1\': Trang này được chọn làm danh sách cán bộ nhưng không tìm thấy cột "Họ và tên": chọn cột họ tên ở bước Dữ liệu hoặc chọn trang khác');
  expect(describeIssue(issue, 'vi', true)).toBe(
    'Trang \'Bảng 1\': Trang này được chọn làm danh sách cán bộ nhưng không tìm thấy cột "Họ và tên": chọn cột họ tên ở bước Dữ liệu hoặc chọn trang khác (dòng lệnh: --map name=<trang>!<cột>)',
  );
  expect(describeIssue(issue, 'en', true)).toMatch(/ \(command line: --map name=<sheet>!<column>\)$/);
  // No issue message the pane or a sheet shows carries command-line syntax.
  const shown = allKeys().filter((k) => k.startsWith('issue.') && !k.endsWith('.cli'));
  expect(shown.length).toBeGreaterThan(100);
  expect(shown.flatMap((k) => (['vi', 'en'] as const).map((l) => t(k, {}, l))).filter((m) => /--[a-z]/.test(m))).toEqual([]);
});

test('units, history and ignore roles are honoured on any sheet', () => {
  const staff = grid('CB', [
    ['Họ và tên', 'Đơn vị', 'Xếp loại'],
    ['Nguyễn An', 'Tổ 1', 'HTTNV'],
  ]);
  const units = grid('Tổ', [
    ['Tổ công tác', 'Kết quả'],
    ['Tổ 1', 'HTXSNV'],
  ]);
  const past = grid('Năm trước', [
    ['Người', 'Năm', 'Đạt'],
    ['Nguyễn An', 2023, 'CSTĐCS'],
  ]);
  const settings = {
    ...emptySettings(),
    mapping: {
      Tổ: { role: 'units' as const, columns: { unitName: 'A', unitRating: 'B' } },
      'Năm trước': { role: 'history' as const, columns: { name: 'A', year: 'B', title: 'C' } },
    },
  };
  const o = runReview([staff, units, past], settings, { reviewDate: '2024-12-20' });
  expect(o.parsed.units.map((u) => [u.name, u.rating])).toEqual([['Tổ 1', 'excellent']]);
  expect(o.parsed.persons[0].history[2023]?.titles).toEqual(['CSTDCS', 'LDTT']);
  const ignored = runReview([staff, units, past], { ...settings, mapping: { ...settings.mapping, Tổ: { role: 'ignore', columns: {} } } }, { reviewDate: '2024-12-20' });
  expect(ignored.parsed.recognitions.map((r) => r.sheet)).not.toContain('Tổ');
  expect(ignored.issues.map((i) => i.code)).toContain('sheets-not-read-ignored');
});

// ---------------------------------------------------------------------------------------
// --map-value: what a value means, saved as the pane saves it (issue 21).

const codes: Layout = {
  id: 'ma-xep-loai',
  title: 'Ratings written as codes, one of them explained by no legend',
  date: '2024-12-20',
  sheets: [
    {
      name: 'DS',
      rows: [
        ['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại', 'Kỷ luật'],
        [1, 'Hà Văn An', 'Văn phòng', 'A1', null],
        [2, 'Lò Thị Bình', 'Văn phòng', 'A1', 'KT'],
        [3, 'Vi Văn Cường', 'Văn phòng', 'B', null],
      ],
    },
  ],
};

test('--map-value gives unknown values their meaning, is saved, and the question is gone', async () => {
  const file = await written(codes);
  const asked = await review(file, join(dir, 'v0.xlsx'), []);
  // Nobody's rating reads: three people left out, two questions (A1 ×2, B ×1) and one about "KT".
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const unknown = asked.j.issues.filter((i: any) => i.code === 'unknown-rating').map((i: any) => i.message);
  expect(unknown).toEqual([expect.stringContaining('Xếp loại "A1" không hiểu được (2 người, người đầu ở ô này; các ô D2, D3)'), expect.stringContaining('Xếp loại "B" không hiểu được (1 người')]);
  // The console and the JSON say how the command line answers.
  expect(unknown[0]).toContain('(dòng lệnh: --map-value rating:"A1"=HTTNV (hoặc HTXSNV, HTNV, KHTNV))');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  expect(asked.j.reading.unknownValues.map((u: any) => `${u.field}:${u.value}×${u.count}`)).toEqual(['rating:A1×2', 'discipline:KT×1', 'rating:B×1']);

  const r = await review(file, join(dir, 'v1.xlsx'), ['--map-value', 'rating:A1="Hoàn thành xuất sắc nhiệm vụ"', '--map-value', 'rating:b=HTTNV', '--map-value', 'discipline:KT=Khiển trách']);
  expect(r.code).toBe(0);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  expect(r.j.issues.map((i: any) => i.code).filter((c: string) => c.startsWith('unknown-'))).toEqual([]);
  // An is HTXSNV (LĐTT), Bình HTXSNV but reprimanded (no LĐTT), Cường HTTNV (LĐTT).
  expect(statuses(r.j, 'LDTT')).toEqual({ 'Hà Văn An': 'awarded', 'Lò Thị Bình': 'not-eligible', 'Vi Văn Cường': 'awarded' });
  expect(r.out).toContain('Đã lưu 3 lựa chọn --map-value trong sổ kết quả');
  const saved = await (await XlsxWorkbook.open(readFileSync(join(dir, 'v1.xlsx')))).getSettings();
  expect(saved?.valueMap).toEqual({ rating: { A1: 'excellent', b: 'good' }, discipline: { KT: 'reprimand' } });
  // The next run reads the same without being told.
  const again = await review(join(dir, 'v1.xlsx'), join(dir, 'v2.xlsx'), []);
  expect(statuses(again.j, 'LDTT')).toEqual(statuses(r.j, 'LDTT'));
});

test('bad --map-value values are usage errors naming what is expected', async () => {
  const file = await written(codes);
  for (const [arg, text] of [
    ['A1=HTXSNV', 'FIELD:VALUE=MEANING'],
    ['xeploai:A1=HTXSNV', 'rating | discipline'],
    ['rating:A1=Khá', 'excellent | good | complete | incomplete'],
  ]) {
    const r = await review(file, join(dir, 'v9.xlsx'), ['--map-value', arg]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(text);
  }
});
