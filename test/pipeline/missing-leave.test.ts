/**
 * A staff list without a leave column: under the 2014 decree (40 days or more of leave bars
 * LĐTT) the clerk is warned that the condition cannot be checked; from NĐ 91/2017 on there is
 * no leave condition, so the same list gets a plain information line, not a warning.
 */
import { emptySettings } from '../../src/domain/settings';
import { runReview } from '../../src/pipeline/run';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';

const staff: CellValue[][] = [
  ['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại'],
  [1, 'Nguyễn Văn An', 'Văn phòng', 'Hoàn thành tốt nhiệm vụ'],
  [2, 'Trần Thị Bình', 'Văn phòng', 'Hoàn thành xuất sắc nhiệm vụ'],
];
const grids: SheetGrid[] = [{ name: 'Cán bộ', visibility: 'visible', top: 0, left: 0, merges: [], values: staff }];
const leaveIssues = (reviewDate: string) =>
  runReview(grids, emptySettings(), { reviewDate })
    .issues.filter((i) => i.code.startsWith('missing-leaveDays'))
    .map((i) => [i.severity, i.code]);

test('no leave column: a warning where a leave rule is in force, information where none is', () => {
  expect(leaveIssues('2014-12-20')).toEqual([['warning', 'missing-leaveDays']]);
  expect(leaveIssues('2018-12-20')).toEqual([['info', 'missing-leaveDays-unused']]);
  expect(leaveIssues('2024-12-20')).toEqual([['info', 'missing-leaveDays-unused']]);
});
