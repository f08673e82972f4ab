import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureCopy, runCli } from '../helpers/cli';
import type { ReviewJson } from '../helpers/review-json';

async function reviewJson(name: string, extra: string[] = []) {
  const { dir, file } = fixtureCopy(name);
  const json = join(dir, 'r.json');
  const r = await runCli(['review', file, '--out', join(dir, 'r.xlsx'), '--json', json, '--date', '2014-12-20', ...extra]);
  return { r, j: JSON.parse(readFileSync(json, 'utf8')) as ReviewJson };
}

describe('the flat list with a long history sheet (co-quan-mau-phang.xlsx)', () => {
  test('history gives the consecutive years; CSTĐ tỉnh then lacks only the provincial initiative', async () => {
    const { r, j } = await reviewJson('co-quan-mau-phang.xlsx');
    expect(r.code).toBe(0);
    const linh = j.people.find((p) => p.name === 'Trần Ngọc Linh')!;
    expect(linh.titles.LDTT.status).toBe('awarded');
    // CSTĐCS in 2012 and 2013 (history sheet) and 2014 (initiative "Có"). The list's vote column
    // (96 %) is not the council's ballot without the clerk's word (--staff-votes): said, not used.
    expect(linh.titles.CSTDCS.status).toBe('awarded');
    expect(j.issues.map((i) => i.code)).toContain('staff-votes-unused');
    expect(linh.titles.CSTD_TINH.reasons.map((x) => x.code)).toEqual(['no-provincial-initiative']);
    // A reprimand (Khiển trách) bars LĐTT under NĐ 65/2014.
    expect(j.people.find((p) => p.name === 'Dương Xuân Kiên')!.titles.LDTT.reasons.map((x) => x.code)).toEqual(['discipline']);
    // 37 days of leave is under the 40-day limit.
    expect(j.people.find((p) => p.name === 'Nguyễn Ngọc Quân')!.titles.LDTT.status).toBe('awarded');
    // Bằng khen: excellent 2013 and 2014 from the history sheet, but one initiative in that time where
    // NĐ 65/2014 Đ24 k1 c asks two (issue 9; the history sheet gives no initiative for 2013).
    expect(linh.titles.BK_TINH.reasons).toEqual([expect.objectContaining({ code: 'no-initiative', args: { count: 1, min: 2, years: 2 } })]);
  });

  test('vn-2024: an excellent rating alone makes a CSTĐCS candidate', async () => {
    const { j } = await reviewJson('co-quan-mau-phang.xlsx', ['--preset', 'vn-2024']);
    const kien = j.people.find((p) => p.name === 'Ngô Ngọc Kiên')!;
    expect(j.preset).toBe('vn-2024');
    expect(kien.titles.CSTDCS.status).toBe('awarded');
  });
});

describe('bad data (du-lieu-loi.xlsx)', () => {
  test('every problem is listed with its sheet and cell, the review still runs', async () => {
    const { r, j } = await reviewJson('du-lieu-loi.xlsx');
    expect(r.code).toBe(0);
    const found = j.issues.map((i) => `${i.severity} ${i.code}@${i.sheet ?? ''}!${i.cell ?? ''}`);
    // Exactly these, read off the fixture by eye (rows of 'CBCCVC': 1 header, 2–11 people; 'DON VI'; 'Ghi chép'):
    expect([...found].sort()).toEqual(
      [
        'warning duplicate-unit@DON VI!A3', // "Phòng Quản lý Khoa học" twice in DON VI
        'warning formula-name@CBCCVC!B4', // =HYPERLINK(…) as a name
        'warning unknown-unit@CBCCVC!C5', // "Phòng Không Tồn Tại"
        'warning duplicate-person@CBCCVC!B6', // Nguyễn Văn An again, same unit
        'warning error-value@CBCCVC!D8', // #N/A as a rating
        'warning negative-days@CBCCVC!E9', // -5 days
        'warning not-a-discipline@CBCCVC!F9', // "Phê bình" is no discipline under the law
        'warning too-many-days@CBCCVC!E11', // 400 days
        'warning initiative-scope-unknown@CBCCVC!G3', // "Có", "Có", "x" in SANG KIEN (rows 3, 4, 10) without a level
        'warning missing-hireDate@CBCCVC!', // no recruitment-date column
        'warning missing-historyText@CBCCVC!', // no past years anywhere
        'info missing-clusterChoice@DON VI!', // no Cờ thi đua column on the unit sheet
        'info sheets-not-read-none@!', // 'Ghi chép' is a to-do list, not a list the review reads
        'info rows-no-name@CBCCVC!', // row 7 holds only its number, 6: said, not read
      ].sort(),
    );
    const message = j.issues.find((i) => i.code === 'error-value')!.message;
    expect(message).toBe("Trang 'CBCCVC', ô D8: Ô có giá trị lỗi #N/A: bỏ qua giá trị này");
    // Clerk-typed values understood: "Phòng QLKH", "Tốt", "3 ngày", " htxsnv ", "Có".
    const binh = j.people.find((p) => p.name === 'Trần Thị Bình')!;
    expect(binh.unit).toBe('Phòng Quản lý Khoa học');
    expect(binh.titles.LDTT.status).toBe('awarded');
    const hanh = j.people.find((p) => p.name === 'Đỗ Văn Hạnh')!;
    expect(hanh.titles.GIAY_KHEN.status).toBe('awarded');
    // 400 days off is flagged and bars LĐTT.
    expect(j.people.find((p) => p.name === 'Bùi Thị Lan')!.titles.LDTT.reasons.map((x) => x.code)).toEqual(['leave-days']);
  });

  test('in English with --lang en', async () => {
    const { j } = await reviewJson('du-lieu-loi.xlsx', ['--lang', 'en']);
    expect(j.issues.find((i) => i.code === 'error-value')!.message).toBe("Sheet 'CBCCVC', cell D8: The cell holds the error #N/A: value ignored");
  });
});
