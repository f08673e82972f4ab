/**
 * Layouts nobody on the project had built when issue 21 was filed (test/fixtures/layouts,
 * 17–20, sources in its README): a school's teacher assessment, a KPI software export, a
 * commune after the 2025 reorganisation, a hospital's monthly leave table. Each is read as
 * written to a file, and checked against what was worked out by hand from rules.md: which
 * column was chosen and why (the values that decided), then the verdicts.
 */
import { readFileSync, rmSync } from 'node:fs';
import { runReview } from '../../src/pipeline/run';
import { emptySettings } from '../../src/domain/settings';
import { describeIssue } from '../../src/sheets/issue-text';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { tempDir } from '../helpers/cli';
import { L17, L18, L19, L20, type Layout } from '../fixtures/layouts/layouts';
import { writeLayout } from '../fixtures/layouts/write';

jest.setTimeout(60_000);
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const outcomes = new Map<string, ReturnType<typeof runReview>>();
async function reviewed(l: Layout) {
  let o = outcomes.get(l.id);
  if (!o) {
    const file = await writeLayout(l, dir);
    o = runReview(await readXlsxGrids(readFileSync(file)), emptySettings(), { reviewDate: l.date });
    outcomes.set(l.id, o);
  }
  return o;
}
const column = (o: Awaited<ReturnType<typeof reviewed>>, role: string, field: string) =>
  o.parsed.recognitions
    .filter((r) => r.role === role)
    .flatMap((r) => r.columns.filter((c) => c.field === field))
    .map((c) => c.header);
async function statuses(l: Layout, titles: string[]) {
  const o = await reviewed(l);
  return Object.fromEntries(o.result!.persons.map((p) => [p.person.name, Object.fromEntries(titles.map((t) => [t, p.verdicts[t as 'LDTT']?.status]))]));
}
async function collective(l: Layout) {
  const o = await reviewed(l);
  return Object.fromEntries(o.result!.units.map((u) => [u.unit.name, u.collectiveTitle ?? null]));
}
const codes = async (l: Layout) => (await reviewed(l)).issues.map((i) => i.code);

describe('17 a school: the professional standard beside the civil-servant rating, 2018–2019', () => {
  test('the rating is the column whose values are ratings, not the "Xếp loại" of the standard (Tốt/Khá/Đạt); the choice names both and the values', async () => {
    const o = await reviewed(L17);
    expect(column(o, 'staff', 'rating')).toEqual(['Xếp loại viên chức năm học 2018–2019']);
    const w = o.issues.find((i) => i.code === 'two-columns-rating')!;
    expect(w.args).toMatchObject({
      used: 'G – Xếp loại viên chức năm học 2018–2019',
      others: 'E – Đánh giá theo chuẩn nghề nghiệp / Xếp loại',
      usedRead: 7,
      usedFilled: 7,
      otherRead: 2,
      otherFilled: 7,
      otherExample: 'Khá',
    });
    const text = describeIssue(w);
    expect(text).toContain('không dùng E – Đánh giá theo chuẩn nghề nghiệp / Xếp loại (cột E: 2/7 ô, như "Khá")');
    expect(text).toContain('chọn cột xếp loại ở bước Dữ liệu');
    expect(text).not.toContain('--map');
    expect(describeIssue(w, 'vi', true)).toContain('--map rating=');
    // Nobody is left out as "Khá không hiểu được".
    expect(o.parsed.persons.filter((p) => p.excluded)).toEqual([]);
  });
  test('a school year counts for the year it ends in: "Năm học 2017–2018" is 2018; the sheet "Mẫu số 02" is read', async () => {
    const o = await reviewed(L17);
    const ha = o.parsed.persons.find((p) => p.name === 'Nguyễn Thị Thanh Hà')!;
    expect(ha.history[2017]?.titles).toContain('CSTDCS');
    expect(ha.history[2018]?.titles).toContain('CSTDCS');
    expect(ha.rating).toBe('excellent');
    expect(ha.provincialInitiative).toBe(true);
    expect(o.parsed.recognitions.find((r) => r.role === 'staff')!.sheet).toBe('Mẫu số 02');
  });
  test('"Lý do nghỉ: Thai sản" is maternity; the registration of initiatives for next year is a plan, not read', async () => {
    const o = await reviewed(L17);
    expect(o.parsed.persons.find((p) => p.name === 'Lê Thị Mai')!.exemptLeave).toEqual([{ kind: 'maternity' }]);
    expect(o.parsed.persons.find((p) => p.name === 'Hoàng Thị Lan')!.exemptLeave).toEqual([]);
    expect(o.parsed.recognitions.some((r) => r.role === 'initiatives')).toBe(false);
    expect(o.issues.find((i) => i.code === 'sheets-not-read-plan')?.value).toBe("'Đăng ký SKKN'");
  });
  test('the unit sheet "Tổ chuyên môn" with "Xếp loại tổ năm học 2018–2019"', async () => {
    const o = await reviewed(L17);
    expect(o.parsed.units.map((u) => [u.name, u.rating])).toEqual([
      ['Tổ Toán – Tin', 'excellent'],
      ['Tổ Ngữ văn', 'good'],
    ]);
  });
  // vn-2017 (NĐ 91/2017): LĐTT = HTTNV or better; CSTĐCS = LĐTT and a recognised initiative, at
  // most 15 % of the 7 LĐTT rounded down (1); CSTĐ tỉnh = CSTĐCS 2017, 2018, 2019 and a provincial initiative.
  test('verdicts', async () => {
    expect(await statuses(L17, ['LDTT', 'CSTDCS', 'CSTD_TINH'])).toEqual({
      'Nguyễn Thị Thanh Hà': { LDTT: 'awarded', CSTDCS: 'awarded', CSTD_TINH: 'awarded' },
      'Trần Văn Khánh': { LDTT: 'awarded', CSTDCS: 'not-eligible', CSTD_TINH: 'not-eligible' },
      'Lê Thị Mai': { LDTT: 'awarded', CSTDCS: 'not-eligible', CSTD_TINH: 'not-eligible' },
      'Phạm Văn Long': { LDTT: 'awarded', CSTDCS: 'not-eligible', CSTD_TINH: 'not-eligible' },
      'Hoàng Thị Lan': { LDTT: 'awarded', CSTDCS: 'not-eligible', CSTD_TINH: 'not-eligible' },
      'Đỗ Minh Tuấn': { LDTT: 'awarded', CSTDCS: 'not-eligible', CSTD_TINH: 'not-eligible' },
      'Vũ Thị Hồng': { LDTT: 'awarded', CSTDCS: 'not-eligible', CSTD_TINH: 'not-eligible' },
    });
    // Toán – Tin: HTXSNV, 4/4 LĐTT, one CSTĐCS → TTLĐXS. Ngữ văn: HTTNV, 3/3 LĐTT → TTLĐTT.
    expect(await collective(L17)).toEqual({ 'Tổ Toán – Tin': 'TTLDXS', 'Tổ Ngữ văn': 'TTLDTT' });
  });
});

describe('18 a KPI software export, 2024', () => {
  test('percentages are not a rating, deduction points are not a discipline: the columns whose values read are chosen', async () => {
    const o = await reviewed(L18);
    expect(column(o, 'staff', 'rating')).toEqual(['Xếp Loại']);
    expect(column(o, 'staff', 'discipline')).toEqual(['Hình thức kỷ luật']);
    const w = o.issues.find((i) => i.code === 'two-columns' && i.args?.field === 'discipline')!;
    expect(w.args).toMatchObject({ used: 'J – Hình thức kỷ luật', others: 'I – Kỷ luật cá nhân', usedRead: 1, usedFilled: 1, otherRead: 0, otherFilled: 5 });
    expect(describeIssue(w)).toMatch(/^Trang 'KetQuaKPI', ô J1: Hai cột có thể là "Kỷ luật": dùng cột J – Hình thức kỷ luật/);
    expect(o.issues.find((i) => i.code === 'two-columns-rating')!.args).toMatchObject({ used: 'H – Xếp Loại', others: 'G – Mức độ hoàn thành', otherRead: 0, otherFilled: 5 });
  });
  // vn-2024: LĐTT = HTTNV or better, not recruited under 6 months, not disciplined; CSTĐCS = LĐTT
  // and HTXSNV (or an initiative); Giấy khen = HTXSNV with LĐTT.
  test('verdicts', async () => {
    expect(await statuses(L18, ['LDTT', 'CSTDCS', 'GIAY_KHEN'])).toEqual({
      'Nguyễn Văn Bình': { LDTT: 'awarded', CSTDCS: 'awarded', GIAY_KHEN: 'awarded' },
      'Trần Thị Cúc': { LDTT: 'awarded', CSTDCS: 'not-eligible', GIAY_KHEN: 'not-eligible' },
      'Lê Văn Dũng': { LDTT: 'not-eligible', CSTDCS: 'not-eligible', GIAY_KHEN: 'not-eligible' },
      'Phạm Thị Em': { LDTT: 'not-eligible', CSTDCS: 'not-eligible', GIAY_KHEN: 'not-eligible' },
      'Hoàng Văn Giang': { LDTT: 'not-eligible', CSTDCS: 'not-eligible', GIAY_KHEN: 'not-eligible' },
    });
  });
});

describe('19 a commune after the 2025 reorganisation', () => {
  test('the column of the commune before the merger is not the unit: the section rows are, said as a warning', async () => {
    const o = await reviewed(L19);
    expect(column(o, 'staff', 'unit')).toEqual([]);
    const w = o.issues.find((i) => i.code === 'former-agency-column-rows')!;
    expect(w.cell).toBe('E4');
    expect(describeIssue(w)).toContain('không dùng làm đơn vị');
    expect(o.parsed.persons.map((p) => [p.name, p.unit])).toEqual([
      ['Tống Thị Nga', 'Văn phòng HĐND và UBND'],
      ['Công Văn Hậu', 'Văn phòng HĐND và UBND'],
      ['Nguyễn Thị Hằng', 'Văn phòng HĐND và UBND'],
      ['Lê Văn Phúc', 'Phòng Kinh tế'],
      ['Trần Thị Quỳnh', 'Phòng Kinh tế'],
      ['Đặng Văn Sơn', 'Phòng Văn hóa - Xã hội'],
      ['Bùi Thị Tâm', 'Phòng Văn hóa - Xã hội'],
    ]);
  });
  // vn-2025: joining on 1/7/2025 is no recruitment; Nguyễn Thị Hằng, recruited 1/8/2025 (5 months), is a new recruit.
  test('verdicts', async () => {
    expect(await statuses(L19, ['LDTT', 'CSTDCS'])).toEqual({
      'Tống Thị Nga': { LDTT: 'awarded', CSTDCS: 'awarded' },
      'Công Văn Hậu': { LDTT: 'awarded', CSTDCS: 'not-eligible' },
      'Nguyễn Thị Hằng': { LDTT: 'not-eligible', CSTDCS: 'not-eligible' },
      'Lê Văn Phúc': { LDTT: 'awarded', CSTDCS: 'awarded' },
      'Trần Thị Quỳnh': { LDTT: 'awarded', CSTDCS: 'not-eligible' },
      'Đặng Văn Sơn': { LDTT: 'not-eligible', CSTDCS: 'not-eligible' },
      'Bùi Thị Tâm': { LDTT: 'awarded', CSTDCS: 'not-eligible' },
    });
    // VP: HTXSNV but 2/3 LĐTT < 70 % → TTLĐTT; Kinh tế: HTXSNV, 2/2, a CSTĐCS → TTLĐXS; VH-XH: 1/2 is not more than half.
    expect(await collective(L19)).toEqual({ 'Văn phòng HĐND và UBND': 'TTLDTT', 'Phòng Kinh tế': 'TTLDXS', 'Phòng Văn hóa - Xã hội': null });
  });
});

describe('20 a hospital: leave by month with its total, the reason, "Khoa, phòng", 2016', () => {
  test('the total is the leave, not the months added to it; months that do not add up are said', async () => {
    const o = await reviewed(L20);
    const days = Object.fromEntries(o.parsed.persons.map((p) => [p.name, p.leaveDays ?? 0]));
    expect(days).toEqual({ 'Nguyễn Văn An': 39, 'Trần Thị Bích': 120, 'Lê Văn Cường': 45, 'Phạm Thị Dung': 60, 'Hoàng Văn Em': 10, 'Vũ Thị Giang': 0 });
    const w = o.issues.filter((i) => i.code === 'leave-parts-differ');
    expect(w.map((i) => [i.cell, i.args?.total, i.args?.sum])).toEqual([['Q10', 10, 12]]);
  });
  test('the reason is read into the kinds the rules know: maternity, approved training; sickness is leave', async () => {
    const o = await reviewed(L20);
    const kinds = Object.fromEntries(o.parsed.persons.map((p) => [p.name, p.exemptLeave.map((e) => e.kind)]));
    expect(kinds).toMatchObject({ 'Trần Thị Bích': ['maternity'], 'Phạm Thị Dung': ['training'], 'Lê Văn Cường': [], 'Nguyễn Văn An': [] });
    expect(await codes(L20)).not.toContain('columns-not-used');
  });
  // vn-2014: 40 working days of leave or more bar LĐTT; maternity and approved training count as time worked.
  test('verdicts', async () => {
    expect(await statuses(L20, ['LDTT'])).toEqual({
      'Nguyễn Văn An': { LDTT: 'awarded' },
      'Trần Thị Bích': { LDTT: 'awarded' },
      'Lê Văn Cường': { LDTT: 'not-eligible' },
      'Phạm Thị Dung': { LDTT: 'awarded' },
      'Hoàng Văn Em': { LDTT: 'awarded' },
      'Vũ Thị Giang': { LDTT: 'not-eligible' },
    });
    expect(await collective(L20)).toEqual({ 'Khoa Nội': 'TTLDTT', 'Khoa Ngoại': 'TTLDTT' });
  });
});
