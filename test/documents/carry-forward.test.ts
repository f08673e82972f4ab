import { carryForward } from '../../src/sheets/carry-forward';
import { evaluate } from '../../src/rules/evaluate';
import { resolveParams } from '../../src/rules/params';
import { getPreset } from '../../src/rules/presets';
import type { ReviewResult } from '../../src/domain/verdict';
import type { Person, Unit } from '../../src/domain/types';
import type { SheetGrid } from '../../src/sheets/grid';
import { readWorkbook } from '../../src/sheets/read-workbook';
import { person, unit } from '../helpers/people';
import { gridOf } from './sample';

function review(staff: Person[], units: Unit[] = [unit('P')]): ReviewResult {
  const rs = getPreset('vn-2014');
  const { values, uses } = resolveParams(rs, []);
  const { persons, units: us } = evaluate({ ruleSet: rs, params: values, persons: staff, units, year: 2014, periodEnd: '2014-12-31' });
  return { ruleSetId: rs.id, reviewDate: '2014-12-20', year: 2014, phase: 'year', params: uses, persons, units: us, targets: [], warnings: [], pendingVote: [] };
}
const history = (values: (string | number | null)[][], top = 0): SheetGrid => ({ name: 'Danh hiệu các năm', visibility: 'visible', values, top, left: 0, merges: [] });
const HEAD = ['Họ tên', 'Đơn vị', 'Ngày sinh/Năm sinh', 'Năm', 'Danh hiệu', 'Xếp loại', 'Số quyết định'];

describe('carryForward (Chốt kết quả năm)', () => {
  const staff = () => [
    person({ name: 'Lê Văn An', unit: 'P', birthYear: 1980, initiatives: 1, voteShare: 0.9 }),
    person({ name: 'Trần Thị Bình', unit: 'P', birthDate: '1985-03-04', birthYear: 1985, rating: 'complete' }),
    ...Array.from({ length: 8 }, (_, i) => person({ unit: 'P', birthYear: 1970 + i })),
  ];

  test('no history yet: a new long-form sheet, one row per title awarded (the rating alone when none), units too', () => {
    const r = review(staff());
    const { spec, added, ambiguous } = carryForward(null, r);
    expect(spec.name).toBe('Danh hiệu các năm');
    expect(spec.rows[0].map((c) => c.v)).toEqual(HEAD);
    const rows = spec.rows.slice(1).map((row) => row.map((c) => c.v));
    expect(rows).toContainEqual(['Lê Văn An', 'P', 1980, 2014, 'Lao động tiên tiến', 'Hoàn thành tốt nhiệm vụ', '']);
    expect(rows).toContainEqual(['Lê Văn An', 'P', 1980, 2014, 'Chiến sĩ thi đua cơ sở', 'Hoàn thành tốt nhiệm vụ', '']);
    expect(rows).toContainEqual(['Trần Thị Bình', 'P', '04/03/1985', 2014, '', 'Hoàn thành nhiệm vụ', '']);
    expect(rows).toContainEqual(['', 'P', '', 2014, 'Tập thể lao động xuất sắc', 'Hoàn thành xuất sắc nhiệm vụ', '']);
    expect(added).toBe(rows.length);
    expect(ambiguous).toEqual([]);
    expect(spec.print).toEqual(expect.objectContaining({ repeatRows: [1, 1] }));
  });

  test('run twice: existing rows kept as they were, nothing added the second time', () => {
    const r = review(staff());
    const first = carryForward(history([['DANH HIỆU CÁC NĂM'], [], HEAD, ['Lê Văn An', 'P', 1980, 2013, 'LĐTT', 'HTTNV', '12/QĐ']]), r);
    expect(first.spec.rows[3].map((c) => c.v)).toEqual(['Lê Văn An', 'P', 1980, 2013, 'LĐTT', 'HTTNV', '12/QĐ']);
    expect(first.spec.rows[0][0].v).toBe('DANH HIỆU CÁC NĂM');
    const again = carryForward(gridOf(first.spec), r);
    expect(again.added).toBe(0);
    const vals = (rows: { v: unknown }[][]) => rows.map((row) => row.map((c) => (c.v === '' ? null : c.v)));
    expect(vals(again.spec.rows)).toEqual(vals(first.spec.rows));
    expect(again.spec.freeze).toEqual({ rows: 3 });
  });

  test('a row typed by the clerk (other spelling, birth as a date) counts as already there', () => {
    const r = review(staff());
    const { spec } = carryForward(history([HEAD, ['TRẦN THỊ BÌNH', 'Phòng P', '04/03/1985', 2014, '', 'HTNV', '']]), r);
    expect(spec.rows.filter((row) => row[0].v !== null && String(row[0].v).toLowerCase() === 'trần thị bình')).toHaveLength(1);
  });

  test('two people with the same name and birth year in different units: told apart by unit, else reported', () => {
    const twins = [
      person({ name: 'Nguyễn Văn Hùng', unit: 'P', birthYear: 1975 }),
      person({ name: 'Nguyễn Văn Hùng', unit: 'Q', birthYear: 1975 }),
      ...Array.from({ length: 4 }, () => person({ unit: 'P' })),
    ];
    const r = review(twins, [unit('P'), unit('Q')]);
    const clean = carryForward(null, r);
    expect(clean.spec.rows.filter((row) => row[0].v === 'Nguyễn Văn Hùng' && row[4].v === 'Lao động tiên tiến')).toHaveLength(2);
    expect(carryForward(gridOf(clean.spec), r).added).toBe(0);
    // One row, its unit naming neither: whose is it? Reported, not guessed.
    const odd = carryForward(history([HEAD, ['Nguyễn Văn Hùng', 'Phòng cũ', 1975, 2014, 'Lao động tiên tiến', 'HTTNV', '']]), r);
    expect(odd.ambiguous).toEqual([
      { name: 'Nguyễn Văn Hùng', unit: 'P', candidates: ['2: Phòng cũ, 1975'] },
      { name: 'Nguyễn Văn Hùng', unit: 'Q', candidates: ['2: Phòng cũ, 1975'] },
    ]);
    expect(odd.spec.rows.filter((row) => row[0].v === 'Nguyễn Văn Hùng' && row[4].v === 'Lao động tiên tiến')).toHaveLength(1);
  });

  test('the next review reads the carried-forward history back', () => {
    const r = review(staff());
    const { spec } = carryForward(null, r);
    const staffGrid: SheetGrid = {
      name: 'DS',
      visibility: 'visible',
      top: 0,
      left: 0,
      merges: [],
      values: [
        ['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị', 'Xếp loại'],
        [1, 'Lê Văn An', 1980, 'P', 'Hoàn thành tốt nhiệm vụ'],
      ],
    };
    const unitGrid: SheetGrid = {
      name: 'Đơn vị',
      visibility: 'visible',
      top: 0,
      left: 0,
      merges: [],
      values: [
        ['STT', 'Tên phòng, đơn vị', 'Số CBCCVC'],
        [1, 'P', 1],
      ],
    };
    const parsed = readWorkbook([staffGrid, unitGrid, gridOf(spec)], { year: 2015 });
    const an = parsed.persons.find((p) => p.name === 'Lê Văn An')!;
    expect(an.history[2014].titles.sort()).toEqual(['CSTDCS', 'LDTT']);
    expect(an.history[2014].rating).toBe('good');
  });
});
