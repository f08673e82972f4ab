/**
 * Columns chosen by their values, not only their header (issue 21), on small lists a clerk
 * could type: what a user checks is which column was read, that the choice is said with the
 * values that decided, and that following the advice cures it.
 */
import { runReview } from '../../src/pipeline/run';
import { emptySettings, type StoredSettings } from '../../src/domain/settings';
import { describeIssue } from '../../src/sheets/issue-text';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';

const sheet = (name: string, values: CellValue[][], merges: string[] = []): SheetGrid => ({ name, visibility: 'visible', top: 0, left: 0, values, merges });
const review = (grids: SheetGrid[], date = '2024-12-20', settings: StoredSettings = emptySettings()) => runReview(grids, settings, { reviewDate: date });
const staffColumn = (o: ReturnType<typeof review>, field: string) => o.parsed.recognitions.find((r) => r.role === 'staff')!.columns.find((c) => c.field === field)?.header;

const HT = 'Hoàn thành tốt nhiệm vụ';
const XS = 'Hoàn thành xuất sắc nhiệm vụ';

test('a column of ratings under a header that names no rating is taken by its values, and said so', () => {
  const o = review([
    sheet('DS', [
      ['STT', 'Họ và tên', 'Đơn vị', 'Năm 2024'],
      [1, 'Nguyễn Văn A', 'Văn phòng', XS],
      [2, 'Trần Thị B', 'Văn phòng', HT],
      [3, 'Lê Văn C', 'Văn phòng', HT],
    ]),
  ]);
  expect(staffColumn(o, 'rating')).toBe('Năm 2024');
  const w = o.issues.find((i) => i.code === 'column-by-values')!;
  expect(describeIssue(w)).toBe(
    'Trang \'DS\', ô D1: Không có cột nào có tiêu đề "Xếp loại": dùng cột D – Năm 2024 vì 3/3 ô của nó đọc được là xếp loại (như "Hoàn thành xuất sắc nhiệm vụ"). Nếu sai, chọn cột "Xếp loại" ở bước Dữ liệu',
  );
  expect(o.result!.persons.map((p) => p.verdicts.LDTT?.status)).toEqual(['awarded', 'awarded', 'awarded']);
});

test('a year in the header decides: "Xếp loại năm 2023" is history beside this year\'s "Xếp loại năm 2024", whatever their order', () => {
  const o = review([
    sheet('DS', [
      ['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại năm 2024', 'Xếp loại năm 2023'],
      [1, 'Nguyễn Văn A', 'Văn phòng', XS, HT],
      [2, 'Trần Thị B', 'Văn phòng', HT, XS],
    ]),
  ]);
  expect(staffColumn(o, 'rating')).toBe('Xếp loại năm 2024');
  expect(o.parsed.persons.map((p) => [p.rating, p.history[2023]?.rating])).toEqual([
    ['excellent', 'good'],
    ['good', 'excellent'],
  ]);
});

test('a former agency is the unit only when nothing else gives it, and then with a warning', () => {
  const rows: CellValue[][] = [
    ['STT', 'Họ và tên', 'Đơn vị cũ', 'Xếp loại'],
    [1, 'Nguyễn Văn A', 'Sở Nội vụ', XS],
    [2, 'Trần Thị B', 'Sở Lao động', HT],
  ];
  // No section rows, no other column: the only evidence of a unit; read, and said.
  const alone = review([sheet('DS', rows)]);
  expect(alone.parsed.persons.map((p) => p.unit)).toEqual(['Sở Nội vụ', 'Sở Lao động']);
  expect(alone.issues.find((i) => i.code === 'former-agency-used')?.cell).toBe('C1');
  // With a current unit column beside it: never the former agency.
  const both = review([
    sheet('DS', [
      ['STT', 'Họ và tên', 'Phòng', 'Đơn vị cũ', 'Xếp loại'],
      [1, 'Nguyễn Văn A', 'Văn phòng', 'Sở Nội vụ', XS],
      [2, 'Trần Thị B', 'Văn phòng', 'Sở Lao động', HT],
    ]),
  ]);
  expect(both.parsed.persons.map((p) => p.unit)).toEqual(['Văn phòng', 'Văn phòng']);
  expect(describeIssue(both.issues.find((i) => i.code === 'former-agency-column')!)).toBe(
    "Trang 'DS', ô D1: Cột D – Đơn vị cũ ghi cơ quan, đơn vị trước khi sắp xếp: không dùng làm đơn vị, đơn vị lấy từ cột C – Phòng. Nếu đây là đơn vị hiện nay, chọn cột đơn vị ở bước Dữ liệu",
  );
});

test('the agency in the unit column under section rows that name units of the list: the section row is the unit', () => {
  const o = review([
    sheet('DS', [
      ['STT', 'Họ và tên', 'Đơn vị công tác', 'Xếp loại'],
      ['I', 'VĂN PHÒNG'],
      [1, 'Nguyễn Văn A', 'Sở Tư pháp', XS],
      ['II', 'THANH TRA'],
      [2, 'Trần Thị B', 'Sở Tư pháp', HT],
    ]),
    sheet('Đơn vị', [
      ['STT', 'Tên đơn vị', 'Xếp loại'],
      [1, 'Văn phòng', XS],
      [2, 'Thanh tra', HT],
    ]),
  ]);
  expect(o.parsed.persons.map((p) => p.unit)).toEqual(['Văn phòng', 'Thanh tra']);
  const w = o.issues.find((i) => i.code === 'unit-column-not-a-unit')!;
  expect([w.cell, w.args?.count]).toEqual(['C3', 2]);
});

test('advice that cures: a key field with no column but one like it unused names that column, and choosing it removes the warning', () => {
  const grids = [
    sheet(
      'DS',
      [
        ['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại', 'Kết quả sáng kiến', null],
        [null, null, null, null, 'Số lượng', 'Cấp công nhận'],
        [1, 'Nguyễn Văn A', 'Văn phòng', XS, 1, 'Tỉnh'],
        [2, 'Trần Thị B', 'Văn phòng', HT, null, null],
      ],
      ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'],
    ),
  ];
  const before = review(grids);
  const codes = before.issues.map((i) => i.code);
  expect(codes).not.toContain('missing-initiative');
  const w = before.issues.find((i) => i.code === 'missing-field-unused')!;
  expect(w.args).toMatchObject({ field: 'initiative', column: 'E – Kết quả sáng kiến / Số lượng' });
  expect(describeIssue(w)).toContain('chọn nó làm cột "Sáng kiến" ở bước Dữ liệu');
  // Follow the advice as the pane saves it.
  const after = review(grids, '2024-12-20', { ...emptySettings(), mapping: { DS: { role: 'staff', columns: { initiative: 'E' } } } });
  expect(after.issues.map((i) => i.code)).not.toContain('missing-field-unused');
  expect(after.issues.map((i) => i.code)).not.toContain('missing-initiative');
  expect(after.parsed.persons[0].initiatives).toBe(1);
  expect(after.parsed.persons[0].provincialInitiative).toBe(true);
});

test('"Sáng kiến" under "Đăng ký thi đua" is a registration, not an initiative recognised', () => {
  const o = review(
    [
      sheet(
        'DS',
        [
          ['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại', 'Đăng ký thi đua', null, 'Số ngày nghỉ', null],
          [null, null, null, null, 'Danh hiệu', 'Sáng kiến', 'Ốm', 'Thai sản'],
          [1, 'Nguyễn Văn A', 'Văn phòng', HT, 'CSTĐCS', 'x', 2, null],
        ],
        ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1'],
      ),
    ],
    '2015-12-20',
  );
  const staff = o.parsed.recognitions[0];
  expect(staff.headerBottom).toBe(1);
  expect(staff.columns.some((c) => c.field === 'initiative')).toBe(false);
  expect(staff.unused?.map((u) => u.header)).toContain('Đăng ký thi đua / Sáng kiến');
  expect(o.parsed.persons[0].initiatives).toBe(0);
});

test('no rating column: the review stops, and the columns whose values come nearest are named for the choice', () => {
  const o = review([
    sheet('DS', [
      ['STT', 'Họ và tên', 'Đơn vị', 'Ghi chú', 'Kết luận'],
      [1, 'Nguyễn Văn A', 'Văn phòng', 'Tổ trưởng', HT],
      [2, 'Trần Thị B', 'Văn phòng', null, 'Khá'],
      [3, 'Lê Văn C', 'Văn phòng', null, 'Khá'],
    ]),
  ]);
  expect(o.parsed.fatal).toBe(true);
  expect(o.issues.find((i) => i.severity === 'error')?.code).toBe('no-rating-column');
  const near = o.issues.find((i) => i.code === 'rating-column-candidates')!;
  expect(describeIssue(near)).toBe(`Trang 'DS': Cột có giá trị giống xếp loại nhất: E – Kết luận (1/3: "${HT}"). Chọn cột xếp loại ở bước Dữ liệu`);
});
