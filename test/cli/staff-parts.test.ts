/**
 * A staff list over several sheets of one workbook, as the command line reads it: parts (people
 * nearly disjoint) are merged, copies (two years' lists of the same people) are not; a person on
 * two parts is counted once; the clerk's `--map ignore=` and `--map staff=` decide. Every
 * expectation is counted by hand from the rows below (or from layout 16's unit list).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { L16, type Cell, type Layout } from '../fixtures/layouts/layouts';
import { writeLayout } from '../fixtures/layouts/write';
import { runCli, tempDir } from '../helpers/cli';

jest.setTimeout(120_000);
const dir = tempDir();

interface Issue {
  severity: string;
  code: string;
  sheet?: string;
  cell?: string;
  value?: string;
  message: string;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function review(l: Layout, extra: string[] = [], tag = ''): Promise<{ code: number; out: string; err: string; j: any; issues: Issue[] }> {
  const file = await writeLayout(l, dir);
  const json = join(dir, `${l.id}${tag}.json`);
  const res = await runCli(['review', file, '--out', join(dir, `${l.id}${tag}-kq.xlsx`), '--json', json, '--date', l.date, ...extra]);
  if (res.code !== 0) return { ...res, j: undefined, issues: [] };
  const j = JSON.parse(readFileSync(json, 'utf8'));
  return { ...res, j, issues: j.issues };
}
const counted = (j: { people: { excluded: boolean }[] }) => j.people.filter((p) => !p.excluded).length;

const HEAD: Cell[] = ['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị', 'Ngày tuyển dụng', 'Xếp loại', 'Số ngày nghỉ'];
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const person = (n: number, name: string, birth: number, unit: string, rating = 'HTTNV'): Cell[] => [n, name, birth, unit, d('2005-03-01'), rating, 0];
const UNITS = {
  name: 'Đơn vị',
  rows: [
    ['STT', 'Tên đơn vị', 'Xếp loại tập thể'],
    [1, 'Phòng A', 'HTXSNV'],
    [2, 'Phòng B', 'HTTNV'],
  ] as Cell[][],
};

describe('copies: two years of the same list', () => {
  const people2013: Cell[][] = [
    person(1, 'Nguyễn Văn An', 1980, 'Phòng A'),
    person(2, 'Trần Thị Bình', 1985, 'Phòng A'),
    person(3, 'Lê Văn Cường', 1979, 'Phòng B'),
    person(4, 'Phạm Thị Dung', 1990, 'Phòng B'),
    person(5, 'Hoàng Văn Em', 1975, 'Phòng B'),
  ];
  // 2014: Hoàng Văn Em has left, Đỗ Thị Giang has come: 4 of the 5 people of 2013 are still there.
  const people2014: Cell[][] = [...people2013.slice(0, 4), person(5, 'Đỗ Thị Giang', 1992, 'Phòng B')];
  const COPIES: Layout = {
    id: 'hai-nam-mot-danh-sach',
    title: 'DS 2013 and DS 2014',
    date: '2014-12-20',
    sheets: [{ name: 'DS 2013', rows: [['DANH SÁCH CÁN BỘ NĂM 2013'], HEAD, ...people2013] }, { name: 'DS 2014', rows: [['DANH SÁCH CÁN BỘ NĂM 2014'], HEAD, ...people2014] }, UNITS],
  };
  test('not merged: the sheet of the review year is read, the other is a warning saying why', async () => {
    const r = await review(COPIES);
    expect(r.code).toBe(0);
    expect(counted(r.j)).toBe(5);
    expect(r.j.people.map((p: { name: string }) => p.name)).toContain('Đỗ Thị Giang');
    expect(r.j.people.map((p: { name: string }) => p.name)).not.toContain('Hoàng Văn Em');
    const w = r.issues.filter((i) => i.code === 'two-staff-sheets');
    expect(w.map((i) => [i.severity, i.sheet])).toEqual([['warning', 'DS 2013']]);
    expect(w[0].message).toContain('dùng "DS 2014", bỏ qua "DS 2013" — 4 trong 5 người của "DS 2013" cũng có ở "DS 2014"');
    expect(r.issues.map((i) => i.code)).not.toContain('staff-sheets-merged');
    expect(r.out).toContain('Đã đọc: 5 người (trang "DS 2014")');
  });
  test("the year in the title rows decides when the sheets' names carry none", async () => {
    // "Danh sách" (first) is the 2013 list, "Bản lưu" the 2014 one: only their title rows say so.
    const named: Layout = {
      ...COPIES,
      id: 'hai-nam-ten-khong-co-nam',
      sheets: [{ name: 'Danh sách', rows: COPIES.sheets[0].rows }, { name: 'Bản lưu', rows: COPIES.sheets[1].rows }, UNITS],
    };
    const r = await review(named);
    expect(r.out).toContain('Đã đọc: 5 người (trang "Bản lưu")');
    expect(r.issues.filter((i) => i.code === 'two-staff-sheets').map((i) => i.sheet)).toEqual(['Danh sách']);
  });
});

describe("the whole list kept beside the units' own sheets", () => {
  // "Tổng hợp" holds all 5 people; "Phòng A" its 2 and "Phòng B" its 3, each wholly inside it:
  // each unit sheet is a copy of part of the whole list, so the whole list alone is read.
  const all: Cell[][] = [
    person(1, 'Nguyễn Văn An', 1980, 'Phòng A'),
    person(2, 'Trần Thị Bình', 1985, 'Phòng A'),
    person(3, 'Lê Văn Cường', 1979, 'Phòng B'),
    person(4, 'Phạm Thị Dung', 1990, 'Phòng B'),
    person(5, 'Hoàng Văn Em', 1975, 'Phòng B'),
  ];
  const WHOLE: Layout = {
    id: 'tong-hop-va-tung-phong',
    title: "a whole list and the units' sheets",
    date: '2014-12-20',
    sheets: [
      { name: 'Phòng A', rows: [['DANH SÁCH CÁN BỘ PHÒNG A NĂM 2014'], HEAD, ...all.slice(0, 2)] },
      { name: 'Phòng B', rows: [['DANH SÁCH CÁN BỘ PHÒNG B NĂM 2014'], HEAD, ...all.slice(2)] },
      { name: 'Tổng hợp', rows: [['DANH SÁCH CÁN BỘ NĂM 2014'], HEAD, ...all] },
      UNITS,
    ],
  };
  test('the whole list is read once; each unit sheet is a copy said with the people it shares', async () => {
    const r = await review(WHOLE);
    expect(r.code).toBe(0);
    expect(counted(r.j)).toBe(5);
    expect(r.out).toContain('Đã đọc: 5 người (trang "Tổng hợp")');
    expect(
      r.issues
        .filter((i) => i.code === 'two-staff-sheets')
        .map((i) => i.sheet)
        .sort(),
    ).toEqual(['Phòng A', 'Phòng B']);
    expect(r.issues.map((i) => i.code)).not.toContain('staff-sheets-merged');
    expect(r.issues.map((i) => i.code)).not.toContain('duplicate-person');
  });
});

describe('parts by block (công chức / viên chức), with a unit column', () => {
  const BLOCKS: Layout = {
    id: 'cong-chuc-vien-chuc',
    title: 'one sheet per block',
    date: '2014-12-20',
    sheets: [
      {
        name: 'Công chức',
        rows: [
          ['DANH SÁCH CÔNG CHỨC NĂM 2014'],
          HEAD,
          person(1, 'Nguyễn Văn An', 1980, 'Phòng A', 'HTXSNV'),
          person(2, 'Trần Thị Bình', 1985, 'Phòng A'),
          person(3, 'Lê Văn Cường', 1979, 'Phòng B'),
          person(4, 'Phạm Thị Dung', 1990, 'Phòng B'),
        ],
      },
      // Trần Thị Bình, 1985, Phòng A is on both lists (row 4 here, row 4 on "Công chức").
      {
        name: 'Viên chức',
        rows: [['DANH SÁCH VIÊN CHỨC NĂM 2014'], HEAD, person(1, 'Hoàng Văn Em', 1975, 'Phòng B'), person(2, 'Trần Thị Bình', 1985, 'Phòng A'), person(3, 'Đỗ Thị Giang', 1992, 'Phòng A')],
      },
      UNITS,
    ],
  };
  test('merged; the person on both is a warning naming both sheets and rows, counted once (the first)', async () => {
    const r = await review(BLOCKS);
    expect(r.code).toBe(0);
    // 4 + 3 people, one of them twice: 6.
    expect(counted(r.j)).toBe(6);
    const binh = r.j.people.filter((p: { name: string }) => p.name === 'Trần Thị Bình');
    expect(binh.map((p: { sheet: string; row: number; excluded: boolean }) => [p.sheet, p.row, p.excluded])).toEqual([
      ['Công chức', 4, false],
      ['Viên chức', 4, true],
    ]);
    const dup = r.issues.filter((i) => i.code === 'duplicate-person');
    expect(dup.map((i) => [i.severity, i.sheet, i.cell])).toEqual([['warning', 'Viên chức', 'B4']]);
    expect(dup[0].message).toContain('Công chức!B4');
    const merged = r.issues.find((i) => i.code === 'staff-sheets-merged')!;
    expect(merged.message).toContain("gồm 2 trang, đã đọc cả và gộp lại (6 người): 'Công chức' (4 người), 'Viên chức' (2 người)");
    // Units come from the unit column: no unit is given from a title row or a sheet's name.
    expect(r.issues.map((i) => i.code).filter((c) => c.startsWith('sheet-unit'))).toEqual([]);
    // Collective titles count each person once: Phòng A = An, Bình, Giang.
    expect(r.j.units.find((u: { name: string }) => u.name === 'Phòng A').members).toBe(3);
  });
});

describe('the clerk decides (layout 16: the sample, one sheet per unit)', () => {
  test('--map ignore= takes part-sheets out: 105 − 18 (TT Ứng dụng) − 14 (Văn phòng) = 73 people', async () => {
    const r = await review(L16, ['--map', 'ignore=TT Ứng dụng', '--map', 'ignore=Văn phòng'], '-ignore');
    expect(r.code).toBe(0);
    expect(counted(r.j)).toBe(73);
    const units = r.j.units.map((u: { name: string; members: number }) => [u.name, u.members]);
    expect(units).toContainEqual(['Trung tâm Ứng dụng tiến bộ KH&CN', 0]);
    expect(units).toContainEqual(['Văn phòng Sở', 0]);
    expect(r.issues.find((i) => i.code === 'staff-sheets-merged')!.message).toContain('gồm 8 trang, đã đọc cả và gộp lại (73 người)');
    expect(r.issues.find((i) => i.code === 'sheets-not-read-ignored')!.message).toContain("'Văn phòng'");
  });
  test('--map staff= on two sheets means exactly those: Văn phòng (14) and Thanh tra (6) = 20 people', async () => {
    const r = await review(L16, ['--map', 'staff=Văn phòng', '--map', 'staff=Thanh tra'], '-two');
    expect(r.code).toBe(0);
    expect(counted(r.j)).toBe(20);
    expect(r.out).toContain('Đã đọc: 20 người (trang "Văn phòng", "Thanh tra")');
    // The other eight are named as not read, not silently dropped.
    expect(r.issues.find((i) => i.code === 'sheets-not-read-second')!.message).toContain("'TT Kỹ thuật'");
  });
  test('--map staff= on one sheet keeps it and still reads the other parts', async () => {
    const r = await review(L16, ['--map', 'staff=Thanh tra'], '-one');
    expect(counted(r.j)).toBe(105);
  });
});

describe('the unit of a part-sheet', () => {
  const rows = (title: string, people: Cell[][]): Cell[][] => [[title], [], ['STT', 'Họ và tên', 'Năm sinh', 'Xếp loại', 'Số ngày nghỉ'], ...people];
  test('a sheet whose title and name match no unit of the list: a warning naming it, with the consequence', async () => {
    const l: Layout = {
      id: 'don-vi-khong-khop',
      title: 'unit not in the list',
      date: '2014-12-20',
      sheets: [
        {
          name: 'Phòng A',
          rows: rows('DANH SÁCH CÁN BỘ PHÒNG A NĂM 2014', [
            [1, 'Nguyễn Văn An', 1980, 'HTTNV', 0],
            [2, 'Lê Văn Cường', 1979, 'HTTNV', 0],
          ]),
        },
        { name: 'Tổ lái xe', rows: rows('DANH SÁCH CÁN BỘ NĂM 2014', [[1, 'Trần Văn Tài', 1970, 'HTTNV', 0]]) },
        UNITS,
      ],
    };
    const r = await review(l);
    expect(r.code).toBe(0);
    expect(counted(r.j)).toBe(3);
    const w = r.issues.filter((i) => i.code === 'sheet-unit-unknown');
    expect(w.map((i) => [i.severity, i.sheet, i.value])).toEqual([['warning', 'Tổ lái xe', 'Tổ lái xe']]);
    expect(w[0].message).toContain('không được tính vào danh hiệu tập thể');
    expect(r.issues.filter((i) => i.code === 'sheet-unit-title').map((i) => [i.sheet, i.value, i.cell])).toEqual([['Phòng A', 'Phòng A', 'A1']]);
  });
  test("without a unit list, the title row's unit (or the sheet's name) is the unit", async () => {
    const l: Layout = {
      id: 'khong-co-danh-sach-don-vi',
      title: 'no unit list',
      date: '2014-12-20',
      sheets: [
        { name: 'P1', rows: rows('DANH SÁCH CBCCVC PHÒNG TỔ CHỨC CÁN BỘ', [[1, 'Nguyễn Văn An', 1980, 'HTTNV', 0]]) },
        {
          name: 'Kế toán',
          rows: rows('DANH SÁCH CÁN BỘ NĂM 2014', [
            [1, 'Trần Văn Tài', 1970, 'HTTNV', 0],
            [2, 'Lê Thị Hà', 1988, 'HTXSNV', 0],
          ]),
        },
      ],
    };
    const r = await review(l);
    expect(r.j.people.map((p: { name: string; unit: string }) => [p.name, p.unit])).toEqual([
      ['Nguyễn Văn An', 'PHÒNG TỔ CHỨC CÁN BỘ'],
      ['Trần Văn Tài', 'Kế toán'],
      ['Lê Thị Hà', 'Kế toán'],
    ]);
    expect(r.issues.map((i) => i.code)).not.toContain('missing-unit');
  });
});
