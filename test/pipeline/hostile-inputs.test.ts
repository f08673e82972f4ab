/**
 * A corpus of hostile inputs, each with the message a clerk would get. Nothing throws,
 * nothing in the input changes, and every problem names its sheet and cell.
 */
import { runReview } from '../../src/pipeline/run';
import { emptySettings } from '../../src/domain/settings';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';
import { describeIssue } from '../../src/sheets/issue-text';

const HEADER: CellValue[] = ['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị', 'Ngày tuyển dụng', 'Xếp loại', 'Số ngày nghỉ', 'Kỷ luật', 'Sáng kiến'];
const grid = (name: string, values: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid => ({ name, visibility: 'visible', top: 0, left: 0, merges: [], values, ...extra });
const row = (i: number, over: Partial<Record<number, CellValue>> = {}): CellValue[] => {
  const r: CellValue[] = [i, `Nguyễn Văn ${String.fromCharCode(64 + i)}`, 1980, 'Phòng A', '01/01/2000', 'HTTNV', 2, '', ''];
  for (const [k, v] of Object.entries(over)) r[Number(k)] = v as CellValue;
  return r;
};
const units = grid('Đơn vị', [
  ['Tên đơn vị', 'Xếp loại'],
  ['Phòng A', 'HTXSNV'],
]);

function review(grids: SheetGrid[]) {
  const frozen = JSON.stringify(grids);
  const outcome = runReview(grids, emptySettings(), { reviewDate: '2014-12-20' });
  expect(JSON.stringify(grids)).toBe(frozen);
  const messages = outcome.issues.map((i) => describeIssue(i, 'vi'));
  return { outcome, messages, codes: outcome.issues.map((i) => i.code) };
}

describe('hostile inputs', () => {
  test('an empty workbook: no staff list, said in Vietnamese', () => {
    const { outcome, messages } = review([]);
    expect(outcome.result).toBeUndefined();
    expect(messages).toEqual([expect.stringMatching(/^Không tìm thấy danh sách cán bộ/)]);
  });

  test('only headers: a review of nobody, with a warning', () => {
    const { outcome, codes } = review([grid('Cán bộ', [HEADER]), units]);
    expect(outcome.result?.persons).toEqual([]);
    expect(codes).toContain('no-people');
  });

  test('1 048 576 rows of blanks under the data', () => {
    const values: CellValue[][] = [HEADER, row(1), row(2)];
    for (let i = values.length; i < 1048576; i++) values.push([]);
    const { outcome } = review([grid('Cán bộ', values), units]);
    expect(outcome.result?.persons.length).toBe(2);
  });

  test('a 10 000-character name is cut to 200 characters, with a warning at its cell', () => {
    const { outcome, messages } = review([grid('Cán bộ', [HEADER, row(1, { 1: 'A'.repeat(10000) })]), units]);
    expect(outcome.result!.persons[0].person.name).toHaveLength(200);
    expect(messages).toContain("Trang 'Cán bộ', ô B2: Nội dung dài 10000 ký tự: chỉ giữ 200 ký tự đầu");
  });

  test('error values in every field: the row is kept out of the counts, each cell named', () => {
    const err = { error: '#REF!' };
    const { outcome } = review([grid('Cán bộ', [HEADER, row(1, { 2: err, 3: err, 4: err, 5: err, 6: err, 7: err, 8: err }), row(2)]), units]);
    const cells = outcome.issues.map((i) => i.cell);
    expect(cells).toEqual(expect.arrayContaining(['C2', 'E2', 'F2', 'G2', 'H2', 'I2']));
    expect(outcome.result!.persons.find((p) => p.person.source.row === 2)!.person.excluded).toBe(true);
  });

  test('a name that is a formula is not taken as a name', () => {
    const { outcome, messages } = review([grid('Cán bộ', [HEADER, row(1, { 1: '=HYPERLINK("x","Lê Văn C")' })]), units]);
    expect(outcome.result!.persons[0].verdicts.LDTT!.status).toBe('not-eligible');
    expect(messages).toContainEqual(expect.stringMatching(/^Trang 'Cán bộ', ô B2: Họ tên là một công thức/));
  });

  test('merged cells across the whole header row are read, not crashed on', () => {
    const values = [['DANH SÁCH'], [], HEADER, row(1)];
    const { outcome } = review([grid('Cán bộ', values, { merges: ['A1:I2', 'A3:A3', 'XFD1:XFD1048576'] }), units]);
    expect(outcome.result?.persons.length).toBe(1);
  });

  test('two sheets that both look like the staff list: the better one is used, the other named', () => {
    const a = grid('DS 2014', [HEADER, row(1), row(2)]);
    const b = grid('DS cũ', [HEADER.slice(0, 6), row(1).slice(0, 6)]);
    const { outcome, messages } = review([a, b, units]);
    expect(outcome.parsed.recognitions.find((r) => r.role === 'staff')!.sheet).toBe('DS 2014');
    // Its one person is also on "DS 2014": a copy, not a part of the list (staff-parts.ts).
    expect(messages.find((m) => m.startsWith('Trang \'DS cũ\': Hai trang giống danh sách cán bộ: dùng "DS 2014", bỏ qua "DS cũ"'))).toContain('1 trong 1 người của "DS cũ" cũng có ở "DS 2014"');
  });

  test('a unit sheet whose names all differ from the staff list: every person flagged, review still runs', () => {
    const other = grid('Đơn vị', [
      ['Tên đơn vị', 'Xếp loại'],
      ['Phòng Z', 'HTXSNV'],
    ]);
    const { outcome, codes } = review([grid('Cán bộ', [HEADER, row(1), row(2)]), other]);
    expect(codes.filter((c) => c === 'unknown-unit')).toHaveLength(2);
    expect(outcome.result!.persons.every((p) => p.verdicts.LDTT!.status === 'awarded')).toBe(true);
  });

  test('dates before 1900 and after 2100 are refused with their cell', () => {
    const { outcome } = review([grid('Cán bộ', [HEADER, row(1, { 4: '01/01/1850' }), row(2, { 4: '01/01/2150' }), row(3, { 2: 1850 })]), units]);
    expect(outcome.issues.filter((i) => i.code === 'date-out-of-range').map((i) => i.cell)).toEqual(['E2', 'E3', 'C4']);
  });

  test('every form of a day reads the same hire date; days that do not exist (31/02, 29/02/2015) are refused with their cell', () => {
    // Worked by hand: 41993 is Excel's serial of 20/12/2014 (36526 = 01/01/2000, + 15 × 365 + 4 leap days + 353).
    const forms: CellValue[] = ['20/12/2014', '20-12-14', '20.12.2014', '2014-12-20', 'ngày 20 tháng 12 năm 2014', 41993];
    const bad: CellValue[] = ['31/02/2014', '29/02/2015', 'ngày 31 tháng 6 năm 2014'];
    const rows = [...forms, ...bad].map((v, i) => row(i + 1, { 4: v }));
    const { outcome, messages } = review([grid('Cán bộ', [HEADER, ...rows]), units]);
    const persons = outcome.result!.persons;
    expect(persons.slice(0, forms.length).map((p) => p.person.hireDate)).toEqual(forms.map(() => '2014-12-20'));
    expect(persons.slice(forms.length).map((p) => p.person.hireDate)).toEqual([undefined, undefined, undefined]);
    expect(outcome.issues.filter((i) => i.code === 'bad-date').map((i) => i.cell)).toEqual(['E8', 'E9', 'E10']);
    expect(messages).toContain('Trang \'Cán bộ\', ô E8: Không hiểu ngày "31/02/2014" (cần dd/mm/yyyy)');
  });

  test('negative and fractional leave days', () => {
    const { outcome } = review([grid('Cán bộ', [HEADER, row(1, { 6: -3 }), row(2, { 6: 39.5 }), row(3, { 6: '40,5' })]), units]);
    const persons = outcome.result!.persons;
    expect(persons.map((p) => p.person.leaveDays)).toEqual([0, 39.5, 40.5]);
    expect(persons.map((p) => p.verdicts.LDTT!.status)).toEqual(['awarded', 'awarded', 'not-eligible']);
    // The only cell-level issue; the sheet-level ones say what the list lacks (no past years here).
    expect(outcome.issues.filter((i) => i.cell).map((i) => `${i.code}@${i.cell}`)).toEqual(['negative-days@G2']);
    // (and, as information, that no column records the cluster's choice for Cờ thi đua).
    expect(outcome.issues.filter((i) => !i.cell).map((i) => i.code)).toEqual(['missing-historyText', 'missing-clusterChoice']);
  });

  test('a very hidden sheet and a sheet named like the add-in’s own settings are not taken for input', () => {
    const hidden = grid('BinhXet_CaiDat', [HEADER, row(1)], { visibility: 'veryHidden' });
    const { outcome } = review([hidden, grid('Cán bộ', [HEADER, row(1), row(2)]), units]);
    expect(outcome.parsed.recognitions.find((r) => r.role === 'staff')!.sheet).toBe('Cán bộ');
  });

  test('a used range that does not start at A1 still gives the right cells', () => {
    const g = grid('Cán bộ', [HEADER, row(1, { 5: 'Giỏi' })], { top: 4, left: 2 });
    const { outcome } = review([g, units]);
    expect(outcome.issues.find((i) => i.code === 'unknown-rating')!.cell).toBe('H6');
  });
});
