/**
 * Every row accounted for, every value asked (issue 21, items 1 and 3). A commune's list as a
 * clerk keeps it: surnames Tống and Công, positions "Công chức …", short ratings, a code with
 * its legend under the table, a totals row, a summary block and the signatures. What a clerk
 * checks: who was read with which rating, which rows were not people and why, and that the
 * value the reader did not know is asked once with its count, and is read once she answers.
 * Every expectation below is worked out from the rows by hand.
 */
import { runReview } from '../../src/pipeline/run';
import { emptySettings, type StoredSettings } from '../../src/domain/settings';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';
import { describeIssue } from '../../src/sheets/issue-text';
import { parseRating } from '../../src/sheets/reader/values';
import { isTotalsCell, legendEntries } from '../../src/sheets/reader/rows';
import { withValueMeaning } from '../../src/sheets/choices';

const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, visibility: 'visible', top: 0, left: 0, merges: [], values });

const staff = grid('DS 2024', [
  ['DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI CÁN BỘ, CÔNG CHỨC NĂM 2024', null, null, null, null, null],
  ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Xếp loại', 'Số ngày nghỉ'],
  [1, 'Tống Văn Hải', 'Công chức', 'Văn phòng', 'HTXSNV', 0], // row 3
  [2, 'Công Thị Mai', 'Công chức địa chính', 'Văn phòng', 'Hoàn thành tốt', 2], // row 4
  [3, 'Nguyễn Văn Tổng', 'Công chức kế toán', 'Văn phòng', 'Hoàn thành xuất sắc', 1], // row 5
  [4, 'Lê Thị Cộng', 'Công chức tư pháp', 'Văn phòng', 'A1', 0], // row 6: a code, explained under the table
  [5, 'Phạm Văn Đức', 'Công chức', 'Văn phòng', 'Khá', 0], // row 7
  [6, 'Trần Thị Bình', 'Công chức', 'Văn phòng', 'khá', 3], // row 8: the same value, another case
  ['Tổng cộng', null, null, null, 6, 6], // row 9
  [null, null, null, null, null, null],
  ['Tổng hợp chung:', null, null, null, null, null], // row 11
  ['- Hoàn thành xuất sắc nhiệm vụ: 2 người', null, null, null, null, null], // row 12
  ['Ghi chú: A1: Hoàn thành xuất sắc nhiệm vụ; A2: Hoàn thành tốt nhiệm vụ', null, null, null, null, null], // row 13
  [null, null, null, 'Xã Yên Lư, ngày 20 tháng 12 năm 2024', null, null], // row 14
  [null, null, null, 'NGƯỜI LẬP BIỂU', null, null], // row 15
  [null, null, null, 'Nguyễn Thị Lập', null, null], // row 16
]);
const units = grid('Đơn vị', [
  ['TT', 'Tên đơn vị', 'Xếp loại'],
  [1, 'Văn phòng', 'Hoàn thành tốt nhiệm vụ'],
  [2, 'Công đoàn cơ sở', 'HTXSNV'],
  ['Cộng', null, null],
]);

const run = (settings: StoredSettings = emptySettings()) => runReview([staff, units], settings, { reviewDate: '2024-12-20' });

test('the surnames Tống and Công and the positions "Công chức …" are people; the totals row is not', () => {
  const o = run();
  expect(o.result!.persons.map((p) => [p.person.name, p.person.source!.row, p.person.rating ?? null, !!p.person.excluded])).toEqual([
    ['Tống Văn Hải', 3, 'excellent', false],
    ['Công Thị Mai', 4, 'good', false],
    ['Nguyễn Văn Tổng', 5, 'excellent', false],
    ['Lê Thị Cộng', 6, 'excellent', false], // A1, through the legend of row 13
    ['Phạm Văn Đức', 7, null, true],
    ['Trần Thị Bình', 8, null, true],
  ]);
  // "Hoàn thành tốt" is the short form of HTTNV: LĐTT, not refused as a mere "Hoàn thành".
  expect(o.result!.persons.find((p) => p.person.name === 'Công Thị Mai')!.verdicts.LDTT!.status).toBe('awarded');
  // The unit list keeps "Công đoàn cơ sở" (it begins like "Cộng"); its "Cộng" row is a totals row.
  expect(o.parsed.units.map((u) => u.name)).toEqual(['Văn phòng', 'Công đoàn cơ sở']);
});

test('every row that is no person is listed with its number and why', () => {
  const o = run();
  const staffRows = o.parsed.reading!.rows.find((r) => r.sheet === 'DS 2024')!;
  expect(staffRows.records).toBe(6);
  expect(staffRows.notes.map((n) => `${n.row}:${n.why}`)).toEqual(['9:totals', '11:summary', '12:summary', '13:legend', '14:signature', '15:signature', '16:signature']);
  expect(staffRows.legend.map((l) => `${l.code}=${l.rating}`)).toEqual(['a1=excellent', 'a2=good']);
  const listed = o.issues.filter((i) => i.sheet === 'DS 2024' && i.code.startsWith('rows-')).map((i) => describeIssue(i));
  expect(listed).toEqual([
    "Trang 'DS 2024': Dòng 9: dòng tổng cộng, không phải người: không đọc",
    'Trang \'DS 2024\': Dòng 11–12: phần tổng hợp, ghi chú dưới bảng ("Tổng hợp chung:", "- Hoàn thành xuất sắc nhiệm vụ: 2 người"): không đọc',
    'Trang \'DS 2024\': Dòng 13: chú thích ký hiệu ("Ghi chú: A1: Hoàn thành xuất sắc nhiệm vụ; A2: Hoàn thành tốt nhiệm vụ"): dùng để đọc các ký hiệu trong cột xếp loại',
    "Trang 'DS 2024': Dòng 14–16: phần ký tên, ngày tháng: hết bảng",
  ]);
  const unitRows = o.parsed.reading!.rows.find((r) => r.sheet === 'Đơn vị')!;
  expect(unitRows.notes).toEqual([{ row: 4, why: 'totals', text: 'Cộng' }]);
});

test('an unknown rating is asked once per value with its count, and read once the clerk answers', () => {
  const o = run();
  const asked = o.issues.filter((i) => i.code === 'unknown-rating');
  expect(asked).toHaveLength(1);
  expect(describeIssue(asked[0])).toBe(
    'Trang \'DS 2024\', ô E7: Xếp loại "Khá" không hiểu được (2 người, người đầu ở ô này; các ô E7, E8): những người này không được tính. Ở bước Dữ liệu, chọn "Khá" là mức xếp loại nào (HTXSNV, HTTNV, HTNV hay KHTNV)',
  );
  expect(o.parsed.reading!.unknownValues).toEqual([{ field: 'rating', code: 'unknown-rating', value: 'Khá', count: 2, sheet: 'DS 2024', cells: ['E7', 'E8'] }]);
  // Following the advice: "Khá" is HTTNV. Both are read, the question is gone, and the choice is kept in the settings.
  const answered = run(withValueMeaning(emptySettings(), 'rating', 'Khá', 'good'));
  expect(answered.issues.map((i) => i.code)).not.toContain('unknown-rating');
  expect(answered.result!.persons.filter((p) => p.person.rating === 'good').map((p) => p.person.name)).toEqual(['Công Thị Mai', 'Phạm Văn Đức', 'Trần Thị Bình']);
  expect(answered.settings.valueMap).toEqual({ rating: { Khá: 'good' } });
});

test('a row with a rating is never dropped: after the signatures, or with no name, it is read or said', () => {
  const late = grid('DS 2024', [...staff.values.slice(0, 16), [7, 'Hoàng Văn Muộn', 'Công chức', 'Văn phòng', 'HTTNV', 0], [null, null, null, null, 'HTNV', 0]]);
  const o = runReview([late, units], emptySettings(), { reviewDate: '2024-12-20' });
  expect(o.result!.persons.map((p) => p.person.name)).toContain('Hoàng Văn Muộn');
  const noName = o.issues.find((i) => i.code === 'rows-rating-no-name')!;
  expect(noName.severity).toBe('warning');
  expect(describeIssue(noName)).toBe('Trang \'DS 2024\', ô B18: Dòng 18: có xếp loại ("HTNV") nhưng không có họ tên: không tính được ai; ghi họ tên vào cột họ tên của dòng đó');
  // Following the advice: the name typed in B18, the row is a person and the warning is gone.
  const named = grid('DS 2024', [...late.values.slice(0, 17), [null, 'Đinh Thị Mới', null, 'Văn phòng', 'HTNV', 0]]);
  const cured = runReview([named, units], emptySettings(), { reviewDate: '2024-12-20' });
  expect(cured.issues.map((i) => i.code)).not.toContain('rows-rating-no-name');
  expect(cured.result!.persons.map((p) => p.person.name)).toContain('Đinh Thị Mới');
});

test('ratings are read as whole forms, never by a prefix that changes the meaning', () => {
  const cases: [string, string | undefined][] = [
    ['Hoàn thành tốt', 'good'],
    ['hoan thanh tot', 'good'],
    ['Hoàn thành xuất sắc', 'excellent'],
    ['HTT', 'good'],
    ['HTXSNV', 'excellent'],
    ['HTNV', 'complete'],
    ['Xuất sắc', 'excellent'],
    ['Tốt', 'good'],
    ['Hoàn thành nhiệm vụ', 'complete'],
    ['Hoàn thành', 'complete'],
    ['Không hoàn thành nhiệm vụ', 'incomplete'],
    ['Hoàn thành tốt nhiệm vụ năm 2024', 'good'],
    ['Hoàn thành xuất sắc nhiệm vụ (HTXSNV)', 'excellent'],
    ['Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực', 'complete'],
    ['Hoàn thành tốt hơn năm trước', undefined],
    ['Tốt nghiệp', undefined],
    ['Khá', undefined],
    ['A1', undefined],
  ];
  expect(cases.map(([v]) => [v, parseRating(v)])).toEqual(cases);
});

test('a totals cell is the whole cell, not the start of a name or a position', () => {
  expect(['Tổng cộng', 'TỔNG CỘNG:', 'Cộng', 'Tổng số', 'Tổng số: 31 người', 'Cộng phòng Tư pháp', 'Tổng cộng toàn xã'].filter(isTotalsCell)).toHaveLength(7);
  expect(['Tống Văn Hải', 'Công Thị Mai', 'Công chức', 'Công chức địa chính', 'Công đoàn cơ sở', 'Tổng hợp chung'].filter(isTotalsCell)).toEqual([]);
  expect(legendEntries('A1 - HTXSNV, A2 - Hoàn thành tốt nhiệm vụ, B: HTNV').map((e) => `${e.code}=${e.rating}`)).toEqual(['a1=excellent', 'a2=good', 'b=complete']);
  expect(legendEntries('- Tốt: 12')).toEqual([]);
});
