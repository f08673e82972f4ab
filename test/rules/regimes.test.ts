/**
 * The regimes on the legal timeline, at their boundaries. Every expected verdict here is
 * worked out by hand from rules.md ("Regimes: a timeline", "What changes between regimes",
 * "Rules that hold across titles") and the articles it cites, never copied from the engine.
 */
import { evaluate } from '../../src/rules/evaluate';
import { resolveParams } from '../../src/rules/params';
import { basisAt, beforeTimeline, getPreset, PRESETS, presetForDate } from '../../src/rules/presets';
import { derive } from '../../src/rules/presets/derive';
import { VN_2024 } from '../../src/rules/presets/vn-2024';
import type { Person, Unit } from '../../src/domain/types';
import { person, unit } from '../helpers/people';

/** Each regime with a review date inside it. */
const REGIMES = [
  { id: 'vn-2014', date: '2014-12-20' },
  { id: 'vn-2017', date: '2018-12-20' },
  { id: 'vn-2024', date: '2024-12-20' },
  { id: 'vn-2025', date: '2025-12-20' },
] as const;
const yearOf = (date: string) => Number(date.slice(0, 4));

function review(id: string, date: string, persons: Person[], units: Unit[] = [unit('Phòng A')], params: Record<string, unknown> = {}) {
  const rs = getPreset(id);
  const { values } = resolveParams(rs, [{ source: 'command-line', values: params as never }]);
  const year = yearOf(date);
  return evaluate({ ruleSet: rs, params: values, persons, units, year, periodEnd: `${year}-12-31`, reviewDate: date });
}
const of = (r: ReturnType<typeof review>, p: Person, title: string) => r.persons.find((x) => x.person.id === p.id)!.verdicts[title as 'LDTT']!;
const codes = (r: ReturnType<typeof review>, p: Person, title: string) => of(r, p, title).reasons.map((x) => x.code);

describe('the review date picks the regime', () => {
  test.each([
    ['2014-10-14', 'vn-2014'], // before the timeline: the first regime, and the review says so
    ['2014-12-20', 'vn-2014'],
    ['2017-09-30', 'vn-2014'],
    ['2017-10-01', 'vn-2017'], // NĐ 91/2017 from 01/10/2017
    ['2018-12-20', 'vn-2017'],
    ['2023-12-31', 'vn-2017'],
    ['2024-01-01', 'vn-2024'], // Luật 2022 from 01/01/2024
    ['2025-06-30', 'vn-2024'],
    ['2025-07-01', 'vn-2025'], // NĐ 152/2025 from 01/07/2025
    ['2026-12-20', 'vn-2025'],
  ])('%s → %s', (date, id) => {
    expect(presetForDate(date).id).toBe(id);
  });

  test('only a date before 15/10/2014 is before the timeline', () => {
    expect(beforeTimeline('2014-10-14')).toBe(true);
    expect(beforeTimeline('2014-10-15')).toBe(false);
  });

  test('consecutive regimes meet without a gap or an overlap', () => {
    for (let i = 1; i < PRESETS.length; i++) {
      const to = new Date(`${PRESETS[i - 1].inForce.to}T00:00:00Z`);
      to.setUTCDate(to.getUTCDate() + 1);
      expect(to.toISOString().slice(0, 10)).toBe(PRESETS[i].inForce.from);
    }
  });

  test('a regime whose texts are not confirmed is offered but never picked by a date', () => {
    const draft = derive(VN_2024, { id: 'vn-2026-draft', label: 'preset.vn-2025', inForce: { from: '2026-01-01' }, confirmed: false, texts: '', basis: [] });
    const presets = [...PRESETS, draft];
    expect(presetForDate('2026-06-30', presets).id).toBe('vn-2025');
  });

  test('an override may only change what the earlier regime has', () => {
    expect(() => derive(VN_2024, { id: 'x', label: 'x', inForce: { from: '2030-01-01' }, confirmed: false, texts: '', basis: [], defaults: { 'LDTT.nope.days': 1 } })).toThrow(/LDTT.nope.days/);
    expect(() => derive(VN_2024, { id: 'x', label: 'x', inForce: { from: '2030-01-01' }, confirmed: false, texts: '', basis: [], citations: { 'LDTT.nope': 'x' } })).toThrow(/LDTT.nope/);
  });

  test('the texts of a regime follow the date: TT 08/2017 until 2019, TT 12/2019 from 2020', () => {
    const rs = getPreset('vn-2017');
    expect(basisAt(rs, '2018-12-20').map((b) => b.number)).toEqual(['15/2003/QH11', '47/2005/QH11', '39/2013/QH13', '91/2017/NĐ-CP', '08/2017/TT-BNV']);
    expect(basisAt(rs, '2021-12-20').map((b) => b.number)).toContain('12/2019/TT-BNV');
    expect(basisAt(rs, '2021-12-20').map((b) => b.number)).not.toContain('08/2017/TT-BNV');
  });

  test('every regime names its texts in full, each with its number and date', () => {
    for (const rs of PRESETS) {
      for (const b of rs.basis) {
        // A date of signature is printed only when it was confirmed (TT 01/2024's was not found).
        const date = b.confirmed ? ' ngày \\d{2} tháng \\d{1,2} năm \\d{4}' : '';
        expect(b.printed).toMatch(new RegExp(b.kind === 'law' ? '^Luật ' : b.kind === 'decree' ? `^Nghị định số \\S+${date} của Chính phủ ` : `^Thông tư số \\S+${date} của `));
        if (!b.confirmed) expect(b.printed).not.toMatch(/ngày \d/);
        if (b.number && b.kind !== 'law') expect(b.printed).toContain(b.number);
        if (b.confirmed) expect(b.source).toMatch(/^https?:\/\//);
      }
    }
  });
});

describe('leave: 40 working days exclude only under vn-2014; exempt leave is time worked', () => {
  test.each(REGIMES.map((r) => [r.id, r.date]))('%s: 120 days of maternity leave is no obstacle to LĐTT', (id, date) => {
    const p = person({ leaveDays: 120, exemptLeave: [{ kind: 'maternity', days: 120 }] });
    expect(of(review(id, date, [p]), p, 'LDTT').status).toBe('awarded');
  });

  test('vn-2014: 165 days of leave of which 120 maternity counts 45: not LĐTT, and the reason says what was taken off', () => {
    const p = person({ leaveDays: 165, exemptLeave: [{ kind: 'maternity', days: 120 }] });
    expect(of(review('vn-2014', '2014-12-20', [p]), p, 'LDTT').reasons).toEqual([expect.objectContaining({ code: 'leave-days', args: { days: 45, max: 40, exempt: 120 } })]);
  });

  test('vn-2014: 159 days of which 120 maternity counts 39: LĐTT', () => {
    const p = person({ leaveDays: 159, exemptLeave: [{ kind: 'maternity', days: 120 }] });
    expect(of(review('vn-2014', '2014-12-20', [p]), p, 'LDTT').status).toBe('awarded');
  });

  test('vn-2014: an injury got rescuing people (Đ5 k2) and approved training (k3) are taken off', () => {
    const p = person({
      leaveDays: 70,
      exemptLeave: [
        { kind: 'duty-injury', days: 20 },
        { kind: 'training', days: 15 },
      ],
    });
    expect(of(review('vn-2014', '2014-12-20', [p]), p, 'LDTT').status).toBe('awarded'); // 70 − 35 = 35 < 40
  });

  test('vn-2014: a work accident of another kind is leave (NĐ 65/2014 Đ5 k2 exempts only combat and rescue), and the clerk is told', () => {
    const p = person({
      leaveDays: 70,
      exemptLeave: [
        { kind: 'work-injury', days: 20 },
        { kind: 'training', days: 15 },
      ],
    });
    const r = review('vn-2014', '2014-12-20', [p]);
    // 70 − 15 (training) = 55 ≥ 40.
    expect(of(r, p, 'LDTT').reasons).toEqual([expect.objectContaining({ code: 'leave-days', args: { days: 55, max: 40, exempt: 15 } })]);
    expect(of(r, p, 'LDTT').reasons[0].citation).toMatch(/65\/2014\/NĐ-CP Điều 5 khoản 6/);
    expect(r.notices).toEqual([expect.objectContaining({ code: 'leave-not-exempt', args: { days: 20, kind: 'work-injury', kinds: 'maternity,duty-injury,training' } })]);
  });

  test('vn-2014 cites the clauses of NĐ 65/2014 Đ5 that exempt leave: k2 (combat, rescue), k3 (training), k4 (maternity)', () => {
    const c = getPreset('vn-2014').general.exemptLeave.citation;
    expect(c).toMatch(/Điều 5 khoản 2 \(tham gia chiến đấu, phục vụ chiến đấu hoặc dũng cảm cứu người, cứu tài sản/);
    expect(c).toMatch(/khoản 3 \(được cử đào tạo, bồi dưỡng ngắn hạn dưới 01 năm\)/);
    expect(c).toMatch(/khoản 4 \(nghỉ thai sản\)/);
    expect(getPreset('vn-2014').general.exemptLeave.kinds).not.toContain('work-injury');
  });

  test('a maternity mark without days: the whole leave is maternity, and the clerk is told (only where a leave rule applies)', () => {
    const p = person({ leaveDays: 130, exemptLeave: [{ kind: 'maternity' }] });
    const r2014 = review('vn-2014', '2014-12-20', [p]);
    expect(of(r2014, p, 'LDTT').status).toBe('awarded');
    expect(r2014.notices).toEqual([expect.objectContaining({ code: 'leave-exempt-whole', args: { days: 130, kind: 'maternity' } })]);
    expect(review('vn-2017', '2018-12-20', [p]).notices).toEqual([]);
  });

  test('a 2018 review with 45 days of leave: LĐTT (NĐ 91/2017 removed the 40-day rule); the same on 30/09/2017 is not', () => {
    const p = person({ leaveDays: 45 });
    const [after, before] = ['2018-12-20', '2017-09-30'].map((d) => presetForDate(d).id);
    expect(of(review(after, '2018-12-20', [p]), p, 'LDTT').status).toBe('awarded');
    expect(codes(review(before, '2017-09-30', [p]), p, 'LDTT')).toEqual(['leave-days']);
  });
});

describe('only a recruit is a new recruit', () => {
  test.each(REGIMES.map((r) => [r.id, r.date]))('%s: someone transferred in March is reviewed on the whole year', (id, date) => {
    const y = yearOf(date);
    const transferred = person({ hireDate: '2009-05-04', joinDate: `${y}-03-15`, arrival: 'transferred' });
    const joinedOnly = person({ hireDate: undefined, joinDate: `${y}-03-15` });
    const r = review(id, date, [transferred, joinedOnly]);
    expect(of(r, transferred, 'LDTT').status).toBe('awarded');
    expect(of(r, joinedOnly, 'LDTT').status).toBe('awarded');
  });

  // The months count from the recruitment, not the arrival (NĐ 65/2014 Đ5 k5–k6; NĐ 91/2017 Đ10;
  // TT 01/2024): recruited elsewhere on 15 April, transferred in on 1 September: 8 whole months by
  // 31 December (15/04 → 15/12), under 10 (vn-2014, vn-2017) but not under 6 (vn-2024, vn-2025);
  // recruited on 1 August, transferred on 1 October: 5 months, under every regime's minimum.
  test.each([
    ['vn-2014', '2014-12-20', 'not-eligible', 'not-eligible'],
    ['vn-2017', '2018-12-20', 'not-eligible', 'not-eligible'],
    ['vn-2024', '2024-12-20', 'awarded', 'not-eligible'],
    ['vn-2025', '2025-12-20', 'awarded', 'not-eligible'],
  ])('%s (%s): recruited elsewhere this year then transferred in: April → %s, August → %s', (id, date, april, august) => {
    const y = yearOf(date);
    const a = person({ hireDate: `${y}-04-15`, joinDate: `${y}-09-01`, arrival: 'transferred' });
    const b = person({ hireDate: `${y}-08-01`, joinDate: `${y}-10-01`, arrival: 'transferred', monthsWorked: 3 });
    const r = review(id, date, [a, b]);
    expect(of(r, a, 'LDTT').status).toBe(april);
    expect(of(r, b, 'LDTT').status).toBe(august);
    expect(of(r, b, 'LDTT').reasons).toEqual([expect.objectContaining({ code: 'new-recruit', args: expect.objectContaining({ months: 5 }) })]);
    if (april === 'not-eligible') expect(of(r, a, 'LDTT').reasons).toEqual([expect.objectContaining({ code: 'new-recruit', args: expect.objectContaining({ months: 8, min: 10 }) })]);
  });

  test.each([
    ['vn-2014', '2014-12-20', 'not-eligible'], // 9 months < 10
    ['vn-2017', '2018-12-20', 'not-eligible'], // 9 months < 10
    ['vn-2024', '2024-12-20', 'awarded'], // 9 months ≥ 6
    ['vn-2025', '2025-12-20', 'awarded'],
  ])('%s (%s): recruited on 15 March (9 whole months by 31 December): %s', (id, date, status) => {
    const p = person({ hireDate: `${yearOf(date)}-03-15`, arrival: 'recruited' });
    expect(of(review(id, date, [p]), p, 'LDTT').status).toBe(status);
  });

  test('vn-2024: recruited on 1 July has 6 months and qualifies; on 2 July, 5 months, does not', () => {
    const a = person({ hireDate: '2024-07-01' });
    const b = person({ hireDate: '2024-07-02' });
    const r = review('vn-2024', '2024-12-20', [a, b]);
    expect(of(r, a, 'LDTT').status).toBe('awarded');
    expect(of(r, b, 'LDTT').reasons).toEqual([expect.objectContaining({ code: 'new-recruit', args: expect.objectContaining({ months: 5, min: 6 }) })]);
  });
});

describe('discipline: nothing that year, under every regime', () => {
  test.each(REGIMES.map((r) => [r.id, r.date]))('%s: a reprimand this year bars the Giấy khen and every title', (id, date) => {
    const p = person({ rating: 'excellent', discipline: 'reprimand', disciplineYear: yearOf(date), initiatives: 2 });
    const r = review(id, date, [p]);
    for (const title of ['LDTT', 'CSTDCS', 'GIAY_KHEN', 'BK_TINH']) {
      expect({ title, status: of(r, p, title).status }).toEqual({ title, status: 'not-eligible' });
      expect(codes(r, p, title)).toContain('discipline');
    }
  });

  test.each([
    ['vn-2014', '2014-12-20', 'awarded', []],
    ['vn-2017', '2018-12-20', 'awarded', []],
    ['vn-2024', '2024-12-20', 'awarded', []],
    ['vn-2025', '2025-12-20', 'not-eligible', ['discipline-running']],
  ])('%s (%s): a warning of last year still running on the review date → %s', (id, date, status, reasons) => {
    const y = yearOf(date);
    const p = person({ rating: 'excellent', discipline: 'warning', disciplineYear: y - 1, disciplineUntil: `${y + 1}-01-10` });
    const r = review(id, date, [p]);
    expect(of(r, p, 'GIAY_KHEN').status).toBe(status);
    expect(codes(r, p, 'LDTT')).toEqual(reasons);
  });

  test('vn-2025: a discipline of last year served by 31/12/2024 leaves the whole of 2025; one without an end is a warning to check', () => {
    const ended = person({ discipline: 'reprimand', disciplineYear: 2024, disciplineUntil: '2024-12-31' });
    const unknown = person({ discipline: 'reprimand', disciplineYear: 2024 });
    const r = review('vn-2025', '2025-12-20', [ended, unknown]);
    expect(of(r, ended, 'LDTT').status).toBe('awarded');
    expect(of(r, unknown, 'LDTT').status).toBe('awarded');
    expect(r.notices).toEqual([expect.objectContaining({ code: 'discipline-end-unknown', person: unknown })]);
  });

  // NĐ 152/2025 Điều 4 khoản 4: "thành tích khen thưởng được tính từ thời điểm chấp hành xong thời
  // gian thi hành kỷ luật". A yearly title rewards the year under review: one served on 20/11/2025
  // (weeks before the meeting of 20/12/2025) leaves 41 days of 2025: no title, no award for 2025.
  test.each([
    ['2025-11-20', 'not-eligible'],
    ['2025-03-01', 'not-eligible'],
    ['2025-01-01', 'not-eligible'], // served on New Year's day: 1 January itself was still under discipline
    ['2024-12-31', 'awarded'],
  ])('vn-2025: a reprimand of 2024 served on %s → %s for 2025', (until, status) => {
    const p = person({ rating: 'excellent', discipline: 'reprimand', disciplineYear: 2024, disciplineUntil: until });
    const r = review('vn-2025', '2025-12-20', [p]);
    for (const title of ['LDTT', 'GIAY_KHEN']) expect({ title, status: of(r, p, title).status }).toEqual({ title, status });
    if (status === 'not-eligible') {
      expect(of(r, p, 'LDTT').reasons).toEqual([expect.objectContaining({ code: 'discipline-ended', args: { found: 'reprimand', until } })]);
      expect(of(r, p, 'LDTT').reasons[0].citation).toMatch(/^NĐ 152\/2025\/NĐ-CP Điều 4 khoản 4/);
    }
  });

  test('before NĐ 152/2025 (vn-2024), a discipline of last year served during the year does not block', () => {
    const p = person({ rating: 'excellent', discipline: 'reprimand', disciplineYear: 2023, disciplineUntil: '2024-11-20' });
    expect(of(review('vn-2024', '2024-12-20', [p]), p, 'LDTT').status).toBe('awarded');
  });

  test('the general discipline rule is one parameter: switched off, the reprimand no longer bars anything', () => {
    const p = person({ rating: 'excellent', discipline: 'reprimand' });
    const r = review('vn-2014', '2014-12-20', [p], [unit('Phòng A')], { 'general.discipline.from': null });
    expect(of(r, p, 'GIAY_KHEN').status).toBe('awarded');
  });
});

describe('a higher title or an award needs this year’s LĐTT (a parameter per title)', () => {
  test('vn-2014: excellent two years with 2 initiatives but 41 days of leave: not LĐTT, so no Bằng khen; turned off, the Bằng khen', () => {
    const p = person({ rating: 'excellent', leaveDays: 41, initiatives: 2, history: { 2013: { titles: ['LDTT'], rating: 'excellent' } } });
    expect(codes(review('vn-2014', '2014-12-20', [p]), p, 'BK_TINH')).toEqual(['not-ldtt']);
    expect(of(review('vn-2014', '2014-12-20', [p], [unit('Phòng A')], { 'BK_TINH.ldtt.required': false }), p, 'BK_TINH').status).toBe('awarded');
  });
});

describe('Bằng khen: 2 initiatives in the two years, counted over the years', () => {
  /** Excellent in both years, one initiative each year, no CSTĐCS in the past (rules.md; the Ministry's own example, Luật 2022 Đ74 k1 d). */
  const spread = (y: number) => person({ rating: 'excellent', initiatives: 1, history: { [y - 1]: { titles: ['LDTT'], rating: 'excellent', initiatives: 1 } } });
  const thisYearOnly = (y: number) => person({ rating: 'excellent', initiatives: 1, history: { [y - 1]: { titles: ['LDTT'], rating: 'excellent' } } });

  test.each(REGIMES.map((r) => [r.id, r.date]))('%s: one initiative each year is two in that time', (id, date) => {
    const y = yearOf(date);
    const a = spread(y);
    const b = thisYearOnly(y);
    const r = review(id, date, [a, b]);
    expect(of(r, a, 'BK_TINH').status).toBe('awarded');
    expect(of(r, b, 'BK_TINH').status).toBe('not-eligible');
    expect(of(r, b, 'BK_TINH').reasons).toContainEqual(expect.objectContaining({ code: 'no-initiative', args: { count: 1, min: 2, years: 2 } }));
  });

  test('vn-2024: one initiative and one research project are not "02 sáng kiến hoặc 02 đề tài" unless the clerk combines them', () => {
    const p = person({ rating: 'excellent', initiatives: 1, history: { 2023: { titles: ['LDTT'], rating: 'excellent', researchProjects: 1 } } });
    expect(codes(review('vn-2024', '2024-12-20', [p]), p, 'BK_TINH')).toContain('no-initiative');
    expect(of(review('vn-2024', '2024-12-20', [p], [unit('Phòng A')], { 'BK_TINH.initiatives.combine': true }), p, 'BK_TINH').status).toBe('awarded');
  });

  test('vn-2024: CSTĐCS in two consecutive years is the other path', () => {
    const p = person({ rating: 'good', initiatives: 1, history: { 2023: { titles: ['CSTDCS', 'LDTT'], rating: 'good' } } });
    expect(of(review('vn-2024', '2024-12-20', [p]), p, 'BK_TINH').status).toBe('awarded');
  });
});

describe('a unit with a member disciplined with a "cảnh cáo"', () => {
  /** 10 members rated good, one with an initiative (the CSTĐCS), one disciplined with a warning: 9 LĐTT. Unit excellent two years. */
  function staff(y: number) {
    return [...Array.from({ length: 8 }, () => person({ unit: 'P' })), person({ unit: 'P', initiatives: 1 }), person({ unit: 'P', discipline: 'warning', disciplineYear: y })];
  }
  const u = (y: number) => unit('P', { rating: 'excellent', history: { [y - 1]: { titles: [], rating: 'excellent' } } });

  test.each([
    ['vn-2014', '2014-12-20', undefined, 'not-eligible'], // Luật 2003 Đ27 k4, Đ28 k1 c
    ['vn-2017', '2018-12-20', undefined, 'not-eligible'],
    ['vn-2024', '2024-12-20', 'TTLDXS', 'awarded'], // no such clause in Luật 2022 Đ27 k1, Đ28 k1
    ['vn-2025', '2025-12-20', 'TTLDXS', 'awarded'],
  ])('%s (%s): collective title %s, unit Bằng khen %s', (id, date, collective, bk) => {
    const y = yearOf(date);
    const people = staff(y);
    const r = review(id, date, people, [u(y)]);
    const ur = r.units[0];
    expect(ur.memberLdtt).toBe(9);
    expect(ur.collectiveTitle).toBe(collective);
    expect(ur.verdicts.BK_TINH!.status).toBe(bk);
    if (!collective) {
      expect(ur.verdicts.TTLDXS!.reasons.map((x) => x.code)).toEqual(['member-discipline']);
      expect(ur.verdicts.TTLDTT!.reasons.map((x) => x.code)).toEqual(['member-discipline']);
      expect(ur.verdicts.BK_TINH!.reasons.map((x) => x.code)).toEqual(['member-discipline']);
    }
    // The member himself gets nothing, under every regime.
    expect(of(r, people[9], 'LDTT').status).toBe('not-eligible');
  });

  test('vn-2014: a member with only a reprimand does not bar the unit (the clause is from "cảnh cáo")', () => {
    const people = [...Array.from({ length: 8 }, () => person({ unit: 'P' })), person({ unit: 'P', initiatives: 1 }), person({ unit: 'P', discipline: 'reprimand' })];
    expect(review('vn-2014', '2014-12-20', people, [u(2014)]).units[0].collectiveTitle).toBe('TTLDXS');
  });

  test('vn-2024: a province that adds the clause sets one parameter for every unit title', () => {
    const r = review('vn-2024', '2024-12-20', staff(2024), [u(2024)], { 'general.members.discipline.from': 'warning' });
    expect(r.units[0].collectiveTitle).toBeUndefined();
    expect(r.units[0].verdicts.BK_TINH!.status).toBe('not-eligible');
  });
});

describe('the council vote threshold waits for the vote', () => {
  test('before any vote share is known nobody is turned away for votes; once a candidate has one, the threshold applies', () => {
    const candidates = Array.from({ length: 3 }, () => person({ initiatives: 1 }));
    const before = review('vn-2014', '2014-12-20', [...candidates, ...Array.from({ length: 17 }, () => person())], [unit('Phòng A')], { 'CSTDCS.vote.minShare': 0.5 });
    for (const c of candidates) expect(codes(before, c, 'CSTDCS')).not.toContain('votes');
    expect(candidates.map((c) => of(before, c, 'CSTDCS').status)).toEqual(['awarded', 'awarded', 'awarded']);

    const voted = [person({ initiatives: 1, voteShare: 0.8 }), person({ initiatives: 1, voteShare: 0.4 }), person({ initiatives: 1 })];
    const after = review('vn-2014', '2014-12-20', [...voted, ...Array.from({ length: 17 }, () => person())], [unit('Phòng A')], { 'CSTDCS.vote.minShare': 0.5 });
    expect(voted.map((c) => of(after, c, 'CSTDCS').status)).toEqual(['awarded', 'not-eligible', 'not-eligible']);
    expect(of(after, voted[1], 'CSTDCS').reasons).toEqual([expect.objectContaining({ code: 'votes', args: { found: 40, min: 50 } })]);
    expect(of(after, voted[2], 'CSTDCS').reasons).toEqual([expect.objectContaining({ code: 'votes', args: { found: '—', min: 50 } })]);
  });
});

describe('titles are described on their rules', () => {
  test.each(PRESETS.map((p) => [p.id]))('%s: who decides each title (Luật 2022 Đ80 k1: the agency head gives LĐTT, CSTĐCS, TTLĐTT and Giấy khen)', (id) => {
    const rs = getPreset(id);
    const by = Object.fromEntries(rs.titles.map((r) => [r.key, r.decidedBy]));
    expect(by).toEqual({
      LDTT: 'agency-head',
      CSTDCS: 'agency-head',
      GIAY_KHEN: 'agency-head',
      TTLDTT: 'agency-head',
      CSTD_TINH: 'province-chair',
      BK_TINH: 'province-chair',
      TTLDXS: 'province-chair',
      BK_TINH_UNIT: 'province-chair',
      CO_TINH: 'province-chair',
      BK_BO: 'minister',
      BK_BO_UNIT: 'minister',
    });
  });

  test('every criterion and every parameter cites a text', () => {
    for (const rs of PRESETS) {
      const walk = (cs: (typeof rs.titles)[number]['criteria']): void => {
        for (const c of cs) {
          expect({ preset: rs.id, criterion: c.id, citation: c.citation }).toEqual(expect.objectContaining({ citation: expect.stringMatching(/\S/) }));
          for (const g of c.anyOf ?? []) walk(g);
        }
      };
      for (const t of rs.titles) walk(t.criteria);
      const { uses } = resolveParams(rs, []);
      for (const u of uses) expect({ preset: rs.id, id: u.id, citation: u.citation }).toEqual(expect.objectContaining({ citation: expect.stringMatching(/\S/) }));
      expect(JSON.stringify(rs)).not.toMatch(/quy chế (TĐKT )?(của )?tỉnh/i);
    }
  });
});
