import { emptySettings } from '../../src/domain/settings';
import {
  autoColumns,
  autoRecognition,
  columnChoices,
  columnOf,
  dateText,
  displacedFields,
  fieldLabel,
  fieldsFor,
  issuesInOrder,
  longDateText,
  lookup,
  parseDateText,
  parseRequired,
  percentText,
  sameSettings,
  withColumn,
  withHeaderRow,
  withSheetRole,
} from '../../src/taskpane/model';
import { runReview } from '../../src/pipeline/review';
import type { SheetRecognition } from '../../src/sheets/fields';
import { sampleGrids } from './sample-grids';

const rec: SheetRecognition = {
  sheet: 'DS',
  role: 'staff',
  headerTop: 5,
  headerBottom: 6,
  dataStart: 8,
  confidence: 1,
  columns: [
    { field: 'name', col: 1, header: 'Họ và tên' },
    { field: 'rating', col: 7, header: 'Xếp loại' },
    { field: 'note', col: 8, header: 'Ghi chú' },
  ],
};

test('a column given to a field is taken from the field that had it: no column counts twice', () => {
  const s = withColumn(emptySettings(), rec, rec.columns, 'rating', 'I');
  expect(s.mapping!.DS).toEqual({ role: 'staff', columns: { note: '', rating: 'I' } });
  const none = withColumn(s, { ...rec, columns: [rec.columns[0], { field: 'rating', col: 8, header: 'Ghi chú' }] }, rec.columns, 'note', '');
  expect(none.mapping!.DS.columns).toEqual({ note: '', rating: 'I' });
});

describe('a slip in the mapping loses nothing', () => {
  const grids = sampleGrids();
  const review = (settings: ReturnType<typeof emptySettings>) => runReview(grids, settings, { reviewDate: '2014-12-20' });
  const staffOf = (settings: ReturnType<typeof emptySettings>) => review(settings).parsed.recognitions.find((r) => r.role === 'staff')!;
  const auto = autoColumns(grids[0], staffOf(emptySettings()), emptySettings(), 2014);
  /** Every verdict and every issue: what the clerk would see change. */
  const seen = (settings: ReturnType<typeof emptySettings>) => {
    const o = review(settings);
    return JSON.stringify({ verdicts: o.result?.persons.map((p) => p.verdicts), units: o.result?.units.map((u) => u.verdicts), issues: o.issues });
  };

  test('Xếp loại moved to N and back to G: "Xếp loại năm 2013" keeps column N, and the review is the first one again', () => {
    const first = emptySettings();
    const slip = withColumn(first, staffOf(first), auto, 'rating', 'N');
    const slipped = staffOf(slip);
    expect(columnOf(slipped, 'rating')).toBe('N');
    expect(columnOf(slipped, 'pastRating:2013')).toBe('');
    // What changes, read by eye in the sample (row 10: G "Hoàn thành xuất sắc nhiệm vụ", N "Xếp loại
    // 2013" "Hoàn thành tốt nhiệm vụ"; row 17 the other way round): the rating the review reads.
    const ratingOf = (settings: ReturnType<typeof emptySettings>, name: string) => review(settings).result!.persons.find((p) => p.person.name === name)!.person.rating;
    expect([ratingOf(first, 'Giáp Minh Linh'), ratingOf(slip, 'Giáp Minh Linh')]).toEqual(['excellent', 'good']);
    expect([ratingOf(first, 'Hoàng Minh Sơn'), ratingOf(slip, 'Hoàng Minh Sơn')]).toEqual(['good', 'excellent']);
    // The field that lost its column is still offered, and says which field holds its column.
    expect(fieldsFor(slipped, auto, slip)).toContain('pastRating:2013');
    expect(displacedFields(slipped, auto)).toEqual([{ field: 'pastRating:2013', letter: 'N', by: 'rating' }]);
    const back = withColumn(slip, slipped, auto, 'rating', 'G');
    const after = staffOf(back);
    expect(columnOf(after, 'rating')).toBe('G');
    expect(columnOf(after, 'pastRating:2013')).toBe('N');
    expect(back.mapping!['DS CBCCVC 2014']).toBeUndefined();
    // Back to where it was: the same verdicts and issues as before the slip (a round trip), and the same hand-known ratings.
    expect(seen(back)).toBe(seen(first));
    expect(ratingOf(back, 'Giáp Minh Linh')).toBe('excellent');
  });

  test('a field the clerk set to no column stays so when another field moves', () => {
    let s = withColumn(emptySettings(), staffOf(emptySettings()), auto, 'initiative', '');
    s = withColumn(s, staffOf(s), auto, 'note', 'P');
    expect(columnOf(staffOf(s), 'initiative')).toBe('');
    expect(columnOf(staffOf(s), 'note')).toBe('P');
  });

  test('a field moved onto a column another moved field held sends that one back to its own column', () => {
    let s = withColumn(emptySettings(), staffOf(emptySettings()), auto, 'note', 'O'); // note takes voteShare's O
    expect(columnOf(staffOf(s), 'voteShare')).toBe('');
    s = withColumn(s, staffOf(s), auto, 'voteShare', 'O'); // voteShare takes O back: note returns to P
    expect(columnOf(staffOf(s), 'voteShare')).toBe('O');
    expect(columnOf(staffOf(s), 'note')).toBe('P');
    expect(s.mapping!['DS CBCCVC 2014']).toBeUndefined();
  });
});

test('the clerk picks the staff and unit sheets; the sheet that played the role before stops', () => {
  const grids = sampleGrids();
  const review = (s: ReturnType<typeof emptySettings>) => runReview(grids, s, { reviewDate: '2014-12-20' });
  const autoRole = (n: string) =>
    autoRecognition(
      grids.find((g) => g.name === n)!,
      2014,
    )?.role;
  const none = withSheetRole(emptySettings(), 'units', '', review(emptySettings()).parsed.recognitions, autoRole);
  expect(none.mapping!['Đơn vị']).toEqual({ role: 'ignore', columns: {} });
  expect(review(none).parsed.recognitions.map((r) => r.role)).toEqual(['staff']);
  const back = withSheetRole(none, 'units', 'Đơn vị', review(none).parsed.recognitions, autoRole);
  expect(back.mapping!['Đơn vị']).toEqual({ role: 'units', columns: {} });
  expect(review(back).parsed.units).toHaveLength(10);
});

test('the header row the clerk gives is where the columns are read', () => {
  const grids = sampleGrids();
  const o = runReview(grids, emptySettings(), { reviewDate: '2014-12-20' });
  const staff = o.parsed.recognitions.find((r) => r.role === 'staff')!;
  const s = withHeaderRow(emptySettings(), staff, 7);
  expect(s.mapping!['DS CBCCVC 2014']).toEqual({ role: 'staff', columns: {}, headerRow: 7 });
  expect(runReview(grids, s, { reviewDate: '2014-12-20' }).result!.persons).toHaveLength(105);
});

test('numbers and dates the Vietnamese way', () => {
  expect(percentText(0.1142857, 'vi')).toBe('11,4 %');
  expect(percentText(0.1142857, 'en')).toBe('11.4 %');
  expect(percentText(0.8, 'vi')).toBe('80 %');
  expect(dateText('2014-12-20')).toBe('20/12/2014');
  expect(parseDateText('20/12/2014')).toBe('2014-12-20');
  expect(parseDateText('2-1-2015')).toBe('2015-01-02');
  expect(parseDateText('31/02/2014')).toBeUndefined();
  expect(parseDateText('12/20/2014')).toBeUndefined();
  // The review date as the paper prints it, and a two-digit year, read as everywhere else (text/dates).
  expect(parseDateText('ngày 20 tháng 12 năm 2014')).toBe('2014-12-20');
  expect(parseDateText('20/12/14')).toBe('2014-12-20');
  // A real day, but no review of the add-in's regimes is held before 1990.
  expect(parseDateText('20/12/1985')).toBeUndefined();
  expect(longDateText('2014-12-20', 'vi')).toBe('ngày 20 tháng 12 năm 2014');
});

test('settings compare by content; issues come errors first', () => {
  expect(sameSettings({ ...emptySettings(), mapping: {} }, emptySettings())).toBe(true);
  expect(sameSettings({ ...emptySettings(), params: { a: 1, b: 2 } }, { ...emptySettings(), params: { b: 2, a: 1 } })).toBe(true);
  expect(sameSettings({ ...emptySettings(), params: { a: 1 } }, emptySettings())).toBe(false);
  const g = issuesInOrder([
    { severity: 'info', code: 'x' },
    { severity: 'error', code: 'y' },
    { severity: 'warning', code: 'z' },
  ]);
  expect([g.error[0].code, g.warning[0].code, g.info[0].code]).toEqual(['y', 'z', 'x']);
});

test('targets typed as the clerk types them', () => {
  expect(parseRequired('80', 'share')).toBe(0.8);
  expect(parseRequired('80 %', 'share')).toBe(0.8);
  expect(parseRequired('0,75', 'share')).toBe(0.75);
  expect(parseRequired('4', 'count')).toBe(4);
  expect(parseRequired('bốn', 'count')).toBeUndefined();
  expect(parseRequired('', 'share')).toBeUndefined();
});

test('column choices name merged two-row headers; past-year fields read as words', () => {
  const grids = sampleGrids();
  const o = runReview(grids, emptySettings());
  const staff = o.parsed.recognitions.find((r) => r.role === 'staff')!;
  const choices = columnChoices(
    grids.find((g) => g.name === staff.sheet)!,
    staff,
  );
  expect(choices.find((c) => c.letter === 'G')!.label).toBe('G – Kết quả năm 2014 / Xếp loại');
  expect(choices.find((c) => c.letter === 'B')!.label).toBe('B – Họ và tên');
  expect(fieldLabel('pastTitle:CSTDCS:2013', 'vi')).toBe('CSTĐCS năm 2013');
  expect(fieldLabel('pastRating:2013', 'en')).toBe('Rating in 2013');
});

test('a stray cell far to the right does not widen the column choices', () => {
  const grids = sampleGrids();
  const o = runReview(grids, emptySettings());
  const staff = o.parsed.recognitions.find((r) => r.role === 'staff')!;
  const grid = grids.find((g) => g.name === staff.sheet)!;
  const width = columnChoices(grid, staff).length;
  // A note typed in XFD on the sheet's last row, far below the table.
  const stray = { ...grid, values: [...grid.values, ...Array.from({ length: 300 }, () => []), [...Array(16383).fill(null), 'ghi chú']] };
  expect(columnChoices(stray, staff)).toHaveLength(width);
});

test('lookup ignores case and diacritics and finds units too', () => {
  const o = runReview(sampleGrids(), emptySettings());
  const hits = lookup(o.result!, 'thanh tra so', 'vi');
  expect(hits[0]).toEqual(expect.objectContaining({ kind: 'unit', name: 'Thanh tra Sở' }));
  const people = lookup(o.result!, 'PHAM NGOC THUY', 'vi');
  expect(people.map((h) => h.name)).toEqual(['Phạm Ngọc Thủy']);
  expect(people[0].verdicts.find((v) => v.title === 'LDTT')!.status).toBe('awarded');
});
