/**
 * A review has a year under review and a meeting date (issue 16, item 3): a year-end review
 * met in January to March is the review of the year before (the review of 2023 met on
 * 10/01/2024), said as information and settable; the criteria are those of the year under
 * review (docs/shared rules.md; Luật 2022 Điều 93 khoản 2 điểm d), the papers cite the texts in
 * force on the meeting date, and the meeting's regime is named with its transition clause.
 */
import { emptySettings } from '../../src/domain/settings';
import { runReview } from '../../src/pipeline/run';
import { yearUnderReview } from '../../src/pipeline/review';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';

const staff: CellValue[][] = [
  ['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại', 'Số ngày nghỉ'],
  [1, 'Nguyễn Văn An', 'Văn phòng', 'Hoàn thành tốt nhiệm vụ', 0],
  [2, 'Trần Thị Bình', 'Văn phòng', 'Hoàn thành xuất sắc nhiệm vụ', 0],
];
const grids: SheetGrid[] = [{ name: 'Cán bộ', visibility: 'visible', top: 0, left: 0, merges: [], values: staff }];

test.each([
  ['2024-01-10', 'year', undefined, 2023, true],
  ['2024-03-31', 'year', undefined, 2023, true],
  ['2024-04-01', 'year', undefined, 2024, false],
  ['2023-12-20', 'year', undefined, 2023, false],
  ['2024-01-10', 'mid', undefined, 2024, false], // a mid-year review is of its own year
  ['2024-01-10', 'year', 2024, 2024, false], // the clerk said so
] as const)('meeting %s, %s, chosen %s → year %s', (date, phase, chosen, year, previous) => {
  expect(yearUnderReview(date, phase, chosen)).toEqual({ year, previous });
});

test('the review of 2023 met on 10/01/2024: year 2023, said; judged by vn-2017 (the criteria of 2023), vn-2024 of the meeting named', () => {
  const o = runReview(grids, emptySettings(), { reviewDate: '2024-01-10' });
  expect(o.result!.year).toBe(2023);
  expect(o.result!.ruleSetId).toBe('vn-2017');
  const codes = o.issues.map((i) => [i.severity, i.code]);
  expect(codes).toEqual(
    expect.arrayContaining([
      ['info', 'review-year-previous'],
      ['info', 'regime-of-year'],
    ]),
  );
  const regime = o.issues.find((i) => i.code === 'regime-of-year')!;
  expect(regime.args).toEqual(expect.objectContaining({ year: 2023, preset: 'vn-2017', other: 'vn-2024' }));
  expect(String(regime.args!.transition)).toMatch(/^Luật TĐKT 2022 Điều 94/);
  // The papers of that meeting cite the texts in force on 10/01/2024.
  expect(o.papers!.ruleSet.basis.map((b) => b.number)).toEqual(['06/2022/QH15', '98/2023/NĐ-CP', '01/2024/TT-BNV']);
  // Saved only when chosen: the year worked out from the date is not pinned in the settings.
  expect(o.settings.reviewYear).toBeUndefined();
});

test('the year set by the clerk is used and kept; the preset chosen is not second-guessed', () => {
  const o = runReview(grids, emptySettings(), { reviewDate: '2024-01-10', reviewYear: 2024, preset: 'vn-2017' });
  expect(o.result!.year).toBe(2024);
  expect(o.settings.reviewYear).toBe(2024);
  expect(o.issues.map((i) => i.code)).not.toEqual(expect.arrayContaining(['review-year-previous']));
  expect(o.issues.map((i) => i.code)).not.toContain('regime-of-year');
  // A year saved in the settings is read back.
  const again = runReview(grids, o.settings, { reviewDate: '2024-01-10' });
  expect(again.result!.year).toBe(2024);
});

test('a year in the settings that is not a year is left out and said', () => {
  const o = runReview(grids, { ...emptySettings(), reviewYear: 'x' as unknown as number }, { reviewDate: '2024-12-20' });
  expect(o.result!.year).toBe(2024);
  expect(o.issues.map((i) => i.code)).toContain('settings-unreadable');
});
