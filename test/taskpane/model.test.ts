import { emptySettings } from '../../src/domain/settings';
import { columnChoices, parseRequired, withColumn, fieldLabel, lookup } from '../../src/taskpane/model';
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
  const s = withColumn(emptySettings(), rec, 'rating', 'I');
  expect(s.mapping!.DS).toEqual({ role: 'staff', headerRow: 7, columns: { note: '', rating: 'I' } });
  const none = withColumn(s, rec, 'note', '');
  expect(none.mapping!.DS.columns).toEqual({ note: '', rating: 'I' });
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
  const choices = columnChoices(grids.find((g) => g.name === staff.sheet)!, staff);
  expect(choices.find((c) => c.letter === 'G')!.label).toBe('G – Kết quả năm 2014 / Xếp loại');
  expect(choices.find((c) => c.letter === 'B')!.label).toBe('B – Họ và tên');
  expect(fieldLabel('pastTitle:CSTDCS:2013', 'vi')).toBe('CSTĐCS năm 2013');
  expect(fieldLabel('pastRating:2013', 'en')).toBe('Rating in 2013');
});

test('lookup ignores case and diacritics and finds units too', () => {
  const o = runReview(sampleGrids(), emptySettings());
  const hits = lookup(o.result!, 'thanh tra so', 'vi');
  expect(hits[0]).toEqual(expect.objectContaining({ kind: 'unit', name: 'Thanh tra Sở' }));
  const people = lookup(o.result!, 'PHAM NGOC THUY', 'vi');
  expect(people.map((h) => h.name)).toEqual(['Phạm Ngọc Thủy']);
  expect(people[0].verdicts.find((v) => v.title === 'LDTT')!.status).toBe('awarded');
});
