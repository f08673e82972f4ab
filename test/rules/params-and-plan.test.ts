/**
 * One percentage parser everywhere; parameters checked with the accepted values named; the
 * plan as a data file, checked, and said when it is not the workbook's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePercent } from '../../src/text/percent';
import { checkParamArg, coerceParam, resolveParams } from '../../src/rules/params';
import { getPreset } from '../../src/rules/presets';
import { DEFAULT_PLAN, parsePlan, planTargets, planWarnings } from '../../src/rules/plan';
import { PLAN_2014_TARGETS } from '../../src/rules/targets';
import { parseRequired } from '../../src/taskpane/model';

describe('one reading of a percentage', () => {
  test.each([
    ['1 %', 0.01],
    ['1%', 0.01],
    ['0,5 %', 0.005],
    ['0,8', 0.8],
    ['0.8', 0.8],
    ['80', 0.8],
    ['80 %', 0.8],
    [' 80,5 % ', 0.805],
    ['100 %', 1],
    ['1', 1], // without the sign, at most 1 is a fraction (a cell formatted as a percentage holds 1 for 100 %)
    [0.8, 0.8],
    [80, 0.8],
    [0, 0],
  ])('%p → %p', (input, share) => {
    expect(parsePercent(input)).toBeCloseTo(share, 10);
  });

  test.each(['101', '150 %', '-5', 'abc', '', '8O', '1,2,3', null, undefined, true])('%p is not a percentage', (input) => {
    expect(parsePercent(input)).toBeUndefined();
  });

  test('the parameters, the pane and the plan read "1 %" alike', () => {
    const cap = getPreset('vn-2014').titles.find((t) => t.cap)!.cap!.param;
    expect(coerceParam(cap, '1 %')).toBe(0.01);
    expect(parseRequired('1 %', 'share')).toBe(0.01);
    expect(parseRequired('80', 'share')).toBe(0.8);
    const plan = parsePlan(JSON.stringify({ ...DEFAULT_PLAN, targets: [{ ...DEFAULT_PLAN.targets[0], required: '1 %' }] }));
    expect(plan.plan!.targets[0].required).toBe(0.01);
  });
});

describe('parameters given on the command line', () => {
  test('a value its type takes', () => {
    expect(checkParamArg('CSTDCS.cap.share', '10 %')).toEqual({ ok: true, id: 'CSTDCS.cap.share', value: 0.1 });
    expect(checkParamArg('LDTT.leave.fromDays', 'off')).toEqual({ ok: true, id: 'LDTT.leave.fromDays', value: null });
    expect(checkParamArg('BK_TINH.ldtt.required', 'false')).toEqual({ ok: true, id: 'BK_TINH.ldtt.required', value: false });
    expect(checkParamArg('general.discipline.from', 'warning')).toEqual({ ok: true, id: 'general.discipline.from', value: 'warning' });
  });

  test('a value of the wrong type names what is accepted', () => {
    expect(checkParamArg('LDTT.rating.min', 'off')).toEqual(expect.objectContaining({ ok: false, problem: 'bad-value', accepted: 'excellent | good | complete | incomplete' }));
    expect(checkParamArg('LDTT.leave.fromDays', 'forty')).toEqual(expect.objectContaining({ ok: false, problem: 'bad-value', accepted: 'số nguyên từ 0, hoặc off (không áp dụng)' }));
    expect(checkParamArg('CSTDCS.cap.share', '150')).toEqual(expect.objectContaining({ ok: false, problem: 'bad-value' }));
  });

  test('an unknown id suggests the ids of the same title', () => {
    const r = checkParamArg('LDTT.leave.maxDays', '30');
    expect(r).toEqual(expect.objectContaining({ ok: false, problem: 'unknown-id' }));
    expect((r as { suggestions: string[] }).suggestions).toContain('LDTT.leave.fromDays');
  });

  test('a value saved under an id that moved to a cross-title rule still applies', () => {
    const rs = getPreset('vn-2014');
    const { values, rejected } = resolveParams(rs, [{ source: 'workbook', values: { 'LDTT.discipline.from': 'warning', 'TTLDXS.discipline.from': null } }]);
    expect(rejected).toEqual([]);
    expect(values['general.discipline.from']).toBe('warning');
    expect(values['general.members.discipline.from']).toBeNull();
  });
});

describe('the plan as a data file', () => {
  test('the 2014 plan file gives the targets of Kế hoạch 05/KH-KHCN, mục I', () => {
    expect(PLAN_2014_TARGETS.map((t) => [t.id, t.measure, t.default])).toEqual([
      ['cstdcs-share', 'share', 0.2],
      ['ldtt-share', 'share', 0.8],
      ['ttldxs-count', 'count', 4],
      ['ttldtt-count', 'count', 6],
      ['bk-units-count', 'count', 4],
      ['bk-persons-count', 'count', 6],
      ['co-thi-dua', 'recorded', 1],
      ['chi-bo', 'recorded', 1],
      ['doan-the', 'recorded', 1],
    ]);
    expect(PLAN_2014_TARGETS[0].source).toBe('Kế hoạch 05/KH-KHCN ngày 24/01/2014, mục I (mục tiêu thi đua)');
    const text = readFileSync(join(__dirname, '../../src/rules/plans/ke-hoach-05-KH-KHCN-2014.json'), 'utf8');
    expect(parsePlan(text).plan).toEqual(DEFAULT_PLAN);
  });

  test('an agency plan in the clerk\'s words, shares as "80 %"', () => {
    const read = parsePlan(
      JSON.stringify({
        number: '12/KH-STP',
        date: '2024-01-15',
        agency: { name: 'SỞ TƯ PHÁP' },
        targets: [
          { id: 'a', label: '85% công chức đạt Lao động tiên tiến', measure: 'share', counts: { scope: 'person', title: 'LDTT' }, required: '85 %' },
          { id: 'b', label: 'Cờ thi đua của UBND tỉnh', measure: 'recorded' },
        ],
      }),
    );
    expect(read.errors).toEqual([]);
    expect(read.plan).toEqual(expect.objectContaining({ number: '12/KH-STP', year: 2024, phases: [] }));
    expect(planTargets(read.plan!).map((t) => [t.label, t.default])).toEqual([
      ['85% công chức đạt Lao động tiên tiến', 0.85],
      ['Cờ thi đua của UBND tỉnh', 1],
    ]);
  });

  test('every problem of a plan file is named', () => {
    expect(parsePlan('{ not json').errors[0]).toMatch(/không phải JSON hợp lệ/);
    const read = parsePlan(
      JSON.stringify({
        number: '1/KH',
        date: '24/01/2014',
        targets: [
          { id: 'x', label: 'x', measure: 'share', counts: { scope: 'person', title: 'CHIEN_SI' }, required: 0.2 },
          { id: 'x', label: 'y', measure: 'count', counts: { scope: 'unit', title: 'TTLDXS' }, required: 2.5 },
        ],
      }),
    );
    expect(read.errors).toEqual([
      'kế hoạch: trường "date" thiếu hoặc sai (cần YYYY-MM-DD)',
      'kế hoạch: trường "year" thiếu hoặc sai (cần 2014)',
      expect.stringMatching(/^kế hoạch: chỉ tiêu thứ 1 \(x\), trường "counts.title" sai \(cần LDTT \| CSTDCS/),
      'kế hoạch: chỉ tiêu thứ 2 thiếu "id" hoặc trùng "id" (x)',
      'kế hoạch: chỉ tiêu thứ 2 (x), trường "required" sai (cần số nguyên từ 0)',
    ]);
  });

  test('a plan of another year or of an agency the workbook does not name is said', () => {
    expect(planWarnings(DEFAULT_PLAN, { year: 2014, agencyNamed: true })).toEqual([]);
    expect(planWarnings(DEFAULT_PLAN, { year: 2018, agencyNamed: true }).map((w) => w.code)).toEqual(['plan-other-year']);
    expect(planWarnings(DEFAULT_PLAN, { year: 2014, agencyNamed: false }).map((w) => w.code)).toEqual(['plan-other-agency']);
  });
});
