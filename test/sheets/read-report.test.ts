/**
 * "Đã đọc như sau" (issue 21, item 4): how the workbook was read, the same in the JSON, the
 * result sheet and the pane. A clerk checks, field by field, which column was read, how many
 * cells read and which did not; which rows were no person and why. Counted by hand from the
 * rows below.
 */
import { runReview } from '../../src/pipeline/run';
import { outcomeToJson } from '../../src/pipeline/json';
import { emptySettings } from '../../src/domain/settings';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';
import { readReport } from '../../src/sheets/read-report';
import { SHEET_NAMES } from '../../src/sheets/layout';
import { withValueMeaning } from '../../src/sheets/choices';

const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, visibility: 'visible', top: 0, left: 0, merges: [], values });
const staff = grid('Danh sách', [
  ['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại', 'Số CCCD'],
  ['I', 'VĂN PHÒNG', null, null, null], // row 2: a section
  [1, 'Tống Thị Lan', 'Văn phòng', 'Hoàn thành tốt', '0123'],
  [2, 'Công Văn Nam', 'Văn phòng', 'Giỏi', '0456'],
  [3, 'Lý Thị Hoa', 'Văn phòng', 'HTXSNV', '0789'],
  ['Cộng', null, null, 3, null], // row 6: totals
]);
const units = grid('Đơn vị', [
  ['Tên đơn vị', 'Xếp loại'],
  ['Văn phòng', 'HTXSNV'],
]);

test('per field: the column and its header as written, cells read and not with examples; rows not people; columns not used', () => {
  const o = runReview([staff, units], emptySettings(), { reviewDate: '2024-12-20' });
  const r = readReport(o.parsed, o.issues, 'vi');
  const line = (field: string) => r.lines.find((l) => l.sheet === 'Danh sách' && l.field === field);
  expect(line('name')).toMatchObject({ column: 'B', header: 'Họ và tên', read: 3, notRead: 0 });
  expect(line('rating')).toMatchObject({ column: 'D', header: 'Xếp loại', read: 2, notRead: 1, examples: ['Giỏi'] });
  expect(line('unit')).toMatchObject({ column: 'C', header: 'Đơn vị', read: 3, notRead: 0 });
  expect(r.rows).toEqual([
    { sheet: 'Danh sách', row: 2, why: 'section', reason: 'Tên nhóm, đơn vị', text: 'VĂN PHÒNG' },
    { sheet: 'Danh sách', row: 6, why: 'totals', reason: 'Dòng tổng cộng', text: 'Cộng' },
  ]);
  expect(r.unused).toEqual([{ sheet: 'Danh sách', column: 'E', header: 'Số CCCD' }]);
  expect(r.unknownValues.map((u) => `${u.value}×${u.count}`)).toEqual(['Giỏi×1']);
  // A value not read is a warning: no "0 lỗi".
  expect(r.clean).toBe(false);

  // The JSON says the same.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const j = outcomeToJson(o) as any;
  expect(j.reading.fields.find((f: { field: string }) => f.field === 'rating')).toMatchObject({ sheet: 'Danh sách', column: 'D', header: 'Xếp loại', read: 2, notRead: 1, examples: ['Giỏi'] });
  expect(j.reading.rowsNotPeople.map((x: { row: number }) => x.row)).toEqual([2, 6]);

  // The result sheet prints it in the agency's words: the field's name, the column, the reasons; no code.
  const sheet = o.sheets.find((s) => s.name === SHEET_NAMES.reading)!;
  const text = sheet.rows.map((row) => row.map((c) => (c.v === null ? '' : String(c.v))).join(' | '));
  // Units first (Tên đơn vị, Xếp loại tập thể), then the staff list's name, unit, rating.
  expect(text).toContain('5 | Danh sách | Xếp loại | D | Xếp loại | 2 | 1 | "Giỏi"');
  expect(text).toContain('2 | Danh sách | 6 | Dòng tổng cộng | Cộng');
  expect(text.join('\n')).not.toMatch(/\b(rating|totals|unknown-|section)\b/);
});

test('once the value is given its meaning, every cell of the field reads', () => {
  const o = runReview([staff, units], withValueMeaning(emptySettings(), 'rating', 'Giỏi', 'excellent'), { reviewDate: '2024-12-20' });
  const r = readReport(o.parsed, o.issues, 'vi');
  expect(r.lines.find((l) => l.field === 'rating' && l.sheet === 'Danh sách')).toMatchObject({ read: 3, notRead: 0, examples: [] });
  expect(r.unknownValues).toEqual([]);
});
