/**
 * "Còn thiếu gì" on the Bắc Giang 2014 sample: every target with a gap names its closest
 * candidates, and giving each listed person or unit the one thing it lacks (an edit of the
 * grid, as the clerk would make it) moves them to the title on a re-run.
 *
 * The expected one-step lists are worked out here from the grid itself, by the rules as
 * rules.md states them (LĐTT: rating HTTNV or better, under 40 days of leave, 10 months
 * worked, no discipline; BK tỉnh: HTXSNV 2013 and 2014, LĐTT, 2 initiatives in the two
 * years), not from the engine's output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { runReview } from '../../src/pipeline/review';
import { sampleSettings } from '../documents/sample';
import { getPreset } from '../../src/rules/presets';
import { isOneStep, shortfallReport } from '../../src/rules/shortfall';
import { shortfallSheet, shortfallText, roadText } from '../../src/sheets/shortfall';
import { outcomeToJson } from '../../src/pipeline/json';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';
import { evaluate } from '../../src/rules/evaluate';
import { resolveParams } from '../../src/rules/params';
import { person, unit } from '../helpers/people';
import type { ReviewResult } from '../../src/domain/verdict';

const FILE = join(__dirname, '../fixtures/so-khcn-bac-giang-2014.xlsx');
// The sample with its own settings: its agency and its plan (Kế hoạch 05/KH-KHCN), whose targets have the gaps.
const review = (grids: SheetGrid[]) => runReview(grids, sampleSettings(), { reviewDate: '2014-12-20' });
const copy = (grids: SheetGrid[]) => grids.map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));

// Columns of "DS CBCCVC 2014" as its header names them (row 6 and 7 of the sheet).
const COL = { name: 1, hire: 5, rating: 6, leave: 7, maternity: 8, discipline: 9, initiative: 10, rating2013: 13 };
const EXCELLENT = 'Hoàn thành xuất sắc nhiệm vụ';
const GOOD = 'Hoàn thành tốt nhiệm vụ';
const blank = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** An Excel serial date as y, m, d. */
function ymd(serial: number): [number, number, number] {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

interface Row {
  r: number;
  name: string;
  unit: string;
  fails: string[];
}

/** The people of the staff sheet with the LĐTT criteria each fails, by the rules as written. */
function ldttFailures(g: SheetGrid, unitNames: string[]): Row[] {
  const out: Row[] = [];
  let unit = '';
  g.values.forEach((row, r) => {
    if (typeof row[0] === 'string' && /^[IVX]+$/.test(row[0]) && typeof row[1] === 'string') {
      unit = unitNames.find((u) => u.toLocaleUpperCase('vi') === String(row[1]).toLocaleUpperCase('vi')) ?? String(row[1]);
      return;
    }
    if (typeof row[0] !== 'number' || typeof row[COL.name] !== 'string') return;
    const fails: string[] = [];
    const rating = String(row[COL.rating] ?? '');
    if (rating !== EXCELLENT && rating !== GOOD) fails.push('rating');
    const leave = typeof row[COL.leave] === 'number' ? (row[COL.leave] as number) : 0;
    if (leave >= 40 && blank(row[COL.maternity])) fails.push('leave');
    if (typeof row[COL.hire] === 'number') {
      const [y, m, d] = ymd(row[COL.hire] as number);
      // Whole months from the hire date to 1 January 2015.
      const months = y < 2014 ? 12 : (2015 - y) * 12 + (1 - m) - (d > 1 ? 1 : 0);
      if (months < 10) fails.push('recruit');
    }
    if (!blank(row[COL.discipline])) fails.push('discipline');
    out.push({ r, name: row[COL.name] as string, unit, fails });
  });
  return out;
}

let grids: SheetGrid[];
let staff: SheetGrid;
let units: SheetGrid;
beforeAll(async () => {
  grids = await readXlsxGrids(readFileSync(FILE));
  staff = grids.find((g) => g.name === 'DS CBCCVC 2014')!;
  units = grids.find((g) => g.name === 'Đơn vị')!;
});

const unitNames = () => units.values.filter((r) => typeof r[0] === 'number').map((r) => r[1] as string);

describe('the sample: every target gap names its candidates', () => {
  test('each target short of its plan has candidates, the closest first, and says how many could close it', () => {
    const o = review(grids);
    const report = shortfallReport(getPreset(o.result!.ruleSetId), o.result!);
    const short = o.result!.targets.filter((t) => !t.met && t.measure !== 'recorded');
    // The sample's four targets with a gap: CSTĐCS 20 %, LĐTT 80 %, 4 TTLĐXS, 6 Bằng khen.
    expect(short.map((t) => t.id).sort()).toEqual(report.targets.map((t) => t.target.id).sort());
    expect(short).toHaveLength(4);
    for (const tc of report.targets) {
      expect(tc.candidates.length).toBeGreaterThan(0);
      // Ordered: nobody two steps away before someone one step away.
      const steps = tc.candidates.map((s) => (isOneStep(s) ? 1 : s.steps.length));
      expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    }
  });

  test('LĐTT (80 %, 3 short): the one-step people are those failing exactly one criterion in the grid; giving each what they lack makes them LĐTT', () => {
    const expected = ldttFailures(staff, unitNames()).filter((p) => p.fails.length === 1);
    const o = review(grids);
    const report = shortfallReport(getPreset('vn-2014'), o.result!);
    const tc = report.targets.find((t) => t.title === 'LDTT')!;
    expect(tc.target.gap).toBe(3);
    const ids = expected.map((p) => `DS CBCCVC 2014!${p.r + 1}`);
    // The target names the closest (twice the gap), the rest are counted, and all are in the title's one-step list.
    expect(tc.candidates).toHaveLength(6);
    for (const s of tc.candidates) expect(ids).toContain(s.id);
    expect(tc.more).toBe(ids.length - 6);
    const listed = report.shortfalls.filter((s) => s.title === 'LDTT' && isOneStep(s));
    expect(listed.map((s) => s.id).sort()).toEqual([...ids].sort());
    // Enough one-step people to close the gap of 3.
    expect(tc.couldClose).toBe(3);
    // The words say the one criterion.
    for (const s of listed) {
      const why = expected.find((p) => `DS CBCCVC 2014!${p.r + 1}` === s.id)!.fails[0];
      expect(s.steps.map((x) => x.criterion)).toEqual([why === 'discipline' ? 'general.discipline' : why]);
      expect(shortfallText(s, 'vi')).toMatch(/^chỉ thiếu /);
    }

    // The clerk's edit: each gets what they lacked.
    const fixed = copy(grids);
    const sheet = fixed.find((g) => g.name === 'DS CBCCVC 2014')!;
    for (const p of expected) {
      const row = sheet.values[p.r];
      if (p.fails[0] === 'rating') row[COL.rating] = GOOD;
      if (p.fails[0] === 'leave') row[COL.leave] = 10;
      if (p.fails[0] === 'recruit') row[COL.hire] = 40179; // 01/01/2010
      if (p.fails[0] === 'discipline') row[COL.discipline] = '';
    }
    const again = review(fixed);
    for (const p of expected) {
      const pr = again.result!.persons.find((x) => x.person.id === `DS CBCCVC 2014!${p.r + 1}`)!;
      expect({ name: p.name, status: pr.verdicts.LDTT!.status }).toEqual({ name: p.name, status: 'awarded' });
    }
    expect(again.result!.targets.find((t) => t.id === tc.target.id)!.met).toBe(true);
  });

  test('Bằng khen tỉnh (6 short): the people rated HTXSNV in 2013 and 2014 with LĐTT lack only initiatives; two recognised initiatives give them the Bằng khen', () => {
    const rows = ldttFailures(staff, unitNames());
    const expected = rows.filter((p) => {
      const row = staff.values[p.r];
      return p.fails.length === 0 && row[COL.rating] === EXCELLENT && row[COL.rating2013] === EXCELLENT;
    });
    expect(expected.length).toBeGreaterThan(0);
    const o = review(grids);
    const tc = shortfallReport(getPreset('vn-2014'), o.result!).targets.find((t) => t.title === 'BK_TINH' && t.scope === 'person')!;
    expect(tc.target.gap).toBe(6);
    const listed = tc.candidates.filter(isOneStep);
    expect(listed.map((s) => s.id).sort()).toEqual(expected.map((p) => `DS CBCCVC 2014!${p.r + 1}`).sort());
    expect(tc.couldClose).toBe(Math.min(6, expected.length));
    for (const s of listed) expect(shortfallText(s, 'vi')).toMatch(/^chỉ thiếu 1 sáng kiến/);

    const fixed = copy(grids);
    const sheet = fixed.find((g) => g.name === 'DS CBCCVC 2014')!;
    for (const p of expected) sheet.values[p.r][COL.initiative] = 'SK số 201/QĐ-KHCN; SK số 202/QĐ-KHCN';
    const again = review(fixed);
    for (const p of expected) {
      const pr = again.result!.persons.find((x) => x.person.id === `DS CBCCVC 2014!${p.r + 1}`)!;
      expect({ name: p.name, status: pr.verdicts.BK_TINH!.status }).toEqual({ name: p.name, status: 'awarded' });
    }
  });

  test('CSTĐCS (20 %, 9 short): the cap of 15 % of LĐTT is full, so the list starts with those held by the cap alone and none can close the gap; an initiative makes a one-step person eligible', () => {
    const o = review(grids);
    const result = o.result!;
    const tc = shortfallReport(getPreset('vn-2014'), result).targets.find((t) => t.title === 'CSTDCS')!;
    const ldtt = result.persons.filter((p) => p.verdicts.LDTT?.status === 'awarded').length;
    // floor(15 % × 81 LĐTT) = 12, all taken.
    expect(tc.capLimit).toBe(Math.floor(0.15 * ldtt));
    expect(tc.capRoom).toBe(0);
    expect(tc.couldClose).toBe(0);
    const overCap = result.persons.filter((p) => p.verdicts.CSTDCS?.status === 'over-cap').map((p) => p.person.id);
    expect(
      tc.candidates
        .slice(0, overCap.length)
        .map((s) => s.id)
        .sort(),
    ).toEqual(overCap.sort());
    // The next: LĐTT this year, no initiative (by the grid).
    const next = tc.candidates.slice(overCap.length).filter((s) => s.steps[0].criterion === 'achievement');
    expect(next.length).toBeGreaterThan(0);
    const fixed = copy(grids);
    const sheet = fixed.find((g) => g.name === 'DS CBCCVC 2014')!;
    for (const s of next) {
      const r = Number(s.id.split('!')[1]) - 1;
      expect(blank(staff.values[r][COL.initiative])).toBe(true);
      sheet.values[r][COL.initiative] = 'SK số 301/QĐ-KHCN';
    }
    const again = review(fixed);
    for (const s of next) {
      const v = again.result!.persons.find((x) => x.person.id === s.id)!.verdicts.CSTDCS!;
      // Meets every criterion now: proposed, or ranked under the cap.
      expect(v.reasons.filter((r) => r.code !== 'cap')).toEqual([]);
    }
  });

  test('TTLĐXS (4 units): the units rated HTTNV that meet the rest are one step away; rated HTXSNV they become TTLĐXS', () => {
    const o = review(grids);
    const result = o.result!;
    const rows = ldttFailures(staff, unitNames());
    // By the grid: rated HTTNV this year; ≥ 70 % LĐTT, everyone at least complete, one CSTĐCS (the review's list), no discipline.
    const cstdcs = new Set(result.persons.filter((p) => p.verdicts.CSTDCS?.status === 'awarded').map((p) => p.person.id));
    const expected = units.values
      .filter((r) => typeof r[0] === 'number' && r[3] === GOOD)
      .map((r) => r[1] as string)
      .filter((u) => {
        const members = rows.filter((p) => p.unit === u);
        const ldtt = members.filter((p) => p.fails.length === 0).length;
        const allComplete = members.every((p) => staff.values[p.r][COL.rating] !== 'Không hoàn thành nhiệm vụ');
        const hasCstdcs = members.some((p) => cstdcs.has(`DS CBCCVC 2014!${p.r + 1}`));
        const clean = members.every((p) => blank(staff.values[p.r][COL.discipline]));
        return ldtt >= 0.7 * members.length && allComplete && hasCstdcs && clean;
      });
    const report = shortfallReport(getPreset('vn-2014'), result);
    const tc = report.targets.find((t) => t.title === 'TTLDXS')!;
    expect(expected.length).toBeGreaterThanOrEqual(tc.target.gap);
    const byRating = report.shortfalls.filter((s) => s.title === 'TTLDXS' && isOneStep(s) && s.steps[0].criterion === 'rating');
    expect(byRating.map((s) => s.name).sort()).toEqual([...expected].sort());
    // The target names the closest of them, and they are enough to close the gap.
    expect(tc.candidates.length).toBeGreaterThanOrEqual(tc.target.gap);
    expect(tc.couldClose).toBe(tc.target.gap);

    const fixed = copy(grids);
    const sheet = fixed.find((g) => g.name === 'Đơn vị')!;
    for (const r of sheet.values) if (expected.includes(r[1] as string)) r[3] = EXCELLENT;
    const again = review(fixed);
    for (const u of expected) expect({ u, title: again.result!.units.find((x) => x.unit.name === u)!.collectiveTitle }).toEqual({ u, title: 'TTLDXS' });
    expect(again.result!.targets.find((t) => t.id === tc.target.id)!.met).toBe(true);
  });
});

describe('the road to multi-year titles', () => {
  test('CSTĐCS in 2013 and 2014 is 2 of the 3 years of CSTĐ tỉnh; HTXSNV in 2014 alone is 1 of 2 for the Bằng khen', () => {
    const o = review(grids);
    const rs = getPreset('vn-2014');
    const report = shortfallReport(rs, o.result!);
    // Someone CSTĐCS this year with CSTĐCS 2013 in the grid and not 2012.
    const two = o.result!.persons.find((p) => {
      const row = staff.values[p.person.source.row - 1];
      return p.verdicts.CSTDCS?.status === 'awarded' && !blank(row[12]) && blank(row[11]);
    });
    expect(two).toBeDefined();
    const road = report.roads.find((r) => r.personId === two!.person.id && r.title === 'CSTD_TINH')!;
    expect(roadText(road, rs, 'vi')).toMatch(/^CSTĐ tỉnh: 2\/3 năm CSTĐCS liên tục; cần sáng kiến cấp tỉnh$/);
    // HTXSNV in 2014, not in 2013 (by the grid): 1 of 2 years.
    const one = o.result!.persons.find((p) => {
      const row = staff.values[p.person.source.row - 1];
      return row[COL.rating] === EXCELLENT && row[COL.rating2013] !== EXCELLENT && p.verdicts.BK_TINH?.status !== 'awarded';
    })!;
    const bk = report.roads.find((r) => r.personId === one.person.id && r.title === 'BK_TINH')!;
    expect(roadText(bk, rs, 'vi')).toMatch(/^BK tỉnh: 1\/2 năm HTXSNV liên tục/);
  });
});

describe('where it is shown', () => {
  test('the "Còn thiếu" sheet: Vietnamese, no codes, decimal commas; the JSON carries the same', () => {
    const o = review(grids);
    const sheet = shortfallSheet(o.result!, getPreset('vn-2014'), 'vi');
    expect(sheet.name).toBe('Còn thiếu');
    const text = sheet.rows.flatMap((r) => r.map((c) => (c.v === null ? '' : String(c.v)))).join('\n');
    expect(text).toContain('CBCCVC đạt LĐTT: kế hoạch 80 %, đạt 77,1 % (81/105), thiếu 3 người');
    expect(text).not.toMatch(/\b(LDTT|CSTDCS|BK_TINH|TTLDXS|not-eligible|over-cap|general\.|gap\.)\b/);
    expect(text).not.toMatch(/\d\.\d/);
    expect(o.sheets.map((s) => s.name)).toContain('Còn thiếu');
    const json = outcomeToJson(o) as { shortfall: { targets: { id: string; candidates: { name: string; text: string }[] }[]; near: unknown[]; roads: unknown[] } };
    expect(json.shortfall.targets.map((t) => t.id).sort()).toEqual(
      o
        .result!.targets.filter((t) => !t.met && t.measure !== 'recorded')
        .map((t) => t.id)
        .sort(),
    );
    expect(json.shortfall.targets.every((t) => t.candidates.every((c) => c.name && c.text))).toBe(true);
    expect(json.shortfall.near.length).toBeGreaterThan(0);
    expect(json.shortfall.roads.length).toBeGreaterThan(0);
  });
});

describe('alternatives and titles that need another title', () => {
  /** A few people of one unit reviewed under `preset`, as a review result. */
  function reviewed(preset: string, staff: ReturnType<typeof person>[], year: number, params: Record<string, boolean> = {}): ReviewResult {
    const rs = getPreset(preset);
    const { values, uses } = resolveParams(rs, [{ source: 'command-line', values: params }]);
    const { persons, units } = evaluate({ ruleSet: rs, params: values, persons: staff, units: [unit('Phòng A')], year, periodEnd: `${year}-12-31` });
    return { ruleSetId: rs.id, reviewDate: `${year}-12-20`, year, phase: 'year', params: uses, persons, units, targets: [], warnings: [], pendingVote: [] };
  }

  test('vn-2024 Bằng khen (CSTĐCS 2 years, or HTXSNV 2 years and 2 initiatives): the nearer alternative is the one said', () => {
    // HTXSNV in 2023 and 2024, one initiative in 2023, none in 2024, and the agency's CSTĐCS asking
    // for an initiative (no HTXSNV instead): no CSTĐCS this year. The first way lacks 2 years of
    // CSTĐCS, the second one initiative: the second is said, though it comes second in the rule set.
    const a = person({ name: 'Lê Văn An', rating: 'excellent', history: { 2023: { titles: ['LDTT'], rating: 'excellent', initiatives: 1 } } });
    const others = Array.from({ length: 9 }, () => person());
    const result = reviewed('vn-2024', [a, ...others], 2024, { 'CSTDCS.achievement.excellentRating': false });
    expect(result.persons[0].verdicts.CSTDCS!.status).toBe('not-eligible');
    const s = shortfallReport(getPreset('vn-2024'), result).shortfalls.find((x) => x.id === a.id && x.title === 'BK_TINH')!;
    expect(s.steps.map((x) => x.criterion)).toEqual(['initiatives']);
    expect(shortfallText(s, 'vi')).toBe('chỉ thiếu 1 sáng kiến hoặc đề tài được công nhận trong 2 năm');
  });

  test('CSTĐCS for someone without LĐTT: what LĐTT lacks is the step, said as such', () => {
    const b = person({ name: 'Trần Thị Bình', rating: 'complete', initiatives: 1 });
    const result = reviewed('vn-2014', [b, ...Array.from({ length: 9 }, () => person())], 2014);
    const s = shortfallReport(getPreset('vn-2014'), result).shortfalls.find((x) => x.id === b.id && x.title === 'CSTDCS')!;
    expect(s.steps.map((x) => [x.title, x.criterion])).toEqual([['LDTT', 'rating']]);
    expect(shortfallText(s, 'vi')).toBe('chỉ thiếu xếp loại HTTNV (đang HTNV) (để đạt LĐTT)');
  });
});
