import { evaluate } from '../../src/rules/evaluate';
import { resolveParams } from '../../src/rules/params';
import { getPreset } from '../../src/rules/presets';
import type { Person } from '../../src/domain/types';
import { person, unit } from '../helpers/people';

function review(persons: Person[], preset = 'vn-2014', params: Record<string, unknown> = {}) {
  const rs = getPreset(preset);
  const { values } = resolveParams(rs, [{ source: 'command-line', values: params as never }]);
  return evaluate({ ruleSet: rs, params: values, persons, units: [unit('Phòng A')], year: 2014, periodEnd: '2014-12-31' });
}
const verdictOf = (r: ReturnType<typeof review>, p: Person, title: string) => r.persons.find((x) => x.person.id === p.id)!.verdicts[title as 'LDTT']!;

describe('Lao động tiên tiến under vn-2014', () => {
  test('39 days of leave still qualifies, 40 days does not (NĐ 65/2014 Đ5)', () => {
    const a = person({ leaveDays: 39 });
    const b = person({ leaveDays: 40 });
    const r = review([a, b]);
    expect(verdictOf(r, a, 'LDTT').status).toBe('awarded');
    const v = verdictOf(r, b, 'LDTT');
    expect(v.status).toBe('not-eligible');
    expect(v.reasons).toEqual([expect.objectContaining({ code: 'leave-days', args: { days: 40, max: 40, exempt: 0 } })]);
    expect(v.reasons[0].citation).toMatch(/65\/2014/);
  });

  test('a recruit of 1 March has 10 months by 31 December and qualifies; one of 2 March does not', () => {
    const a = person({ hireDate: '2014-03-01' });
    const b = person({ hireDate: '2014-03-02' });
    const r = review([a, b]);
    expect(verdictOf(r, a, 'LDTT').status).toBe('awarded');
    expect(verdictOf(r, b, 'LDTT').reasons).toEqual([expect.objectContaining({ code: 'new-recruit', args: expect.objectContaining({ months: 9, min: 10 }) })]);
  });

  test('every reason that applies is given, not just the first', () => {
    const p = person({ rating: 'complete', leaveDays: 50, discipline: 'reprimand', hireDate: '2014-09-01' });
    const codes = verdictOf(review([p]), p, 'LDTT').reasons.map((x) => x.code);
    expect(codes).toEqual(['rating', 'new-recruit', 'leave-days', 'discipline']);
  });

  test('vn-2024 counts 6 months for recruits and has no leave-day rule by default', () => {
    const p = person({ hireDate: '2024-07-01', leaveDays: 60 });
    const rs = getPreset('vn-2024');
    const { values } = resolveParams(rs, []);
    const r = evaluate({ ruleSet: rs, params: values, persons: [p], units: [], year: 2024, periodEnd: '2024-12-31' });
    expect(r.persons[0].verdicts.LDTT!.status).toBe('awarded');
  });

  test('a parameter changed by the clerk applies: leave limit 30 days', () => {
    const p = person({ leaveDays: 35 });
    expect(verdictOf(review([p], 'vn-2014', { 'LDTT.leave.fromDays': 30 }), p, 'LDTT').status).toBe('not-eligible');
  });
});

describe('Chiến sĩ thi đua cơ sở and its 15 % cap', () => {
  test('needs LĐTT and an initiative; an excellent rating alone is not enough under vn-2014', () => {
    const withInitiative = person({ initiatives: 1 });
    const excellentOnly = person({ rating: 'excellent' });
    const notLdtt = person({ initiatives: 1, leaveDays: 45 });
    const r = review([withInitiative, excellentOnly, notLdtt, ...Array.from({ length: 17 }, () => person())]);
    expect(verdictOf(r, withInitiative, 'CSTDCS').status).toBe('awarded');
    expect(verdictOf(r, excellentOnly, 'CSTDCS').reasons.map((x) => x.code)).toEqual(['no-initiative']);
    expect(verdictOf(r, notLdtt, 'CSTDCS').reasons.map((x) => x.code)).toEqual(['not-ldtt']);
  });

  test('20 LĐTT allow exactly 3 CSTĐCS (0.15 × 20 rounds to 3, not 2); the 4th is eligible, over the cap', () => {
    const candidates = [90, 80, 70, 60].map((v) => person({ initiatives: 1, voteShare: v / 100 }));
    const r = review([...candidates, ...Array.from({ length: 16 }, () => person())]);
    expect(candidates.map((p) => verdictOf(r, p, 'CSTDCS').status)).toEqual(['awarded', 'awarded', 'awarded', 'over-cap']);
    const last = verdictOf(r, candidates[3], 'CSTDCS');
    expect(last.reasons).toEqual([expect.objectContaining({ code: 'cap', args: { limit: 3, rank: 4, share: 15 } })]);
    // CSTĐCS are counted among the LĐTT.
    expect(verdictOf(r, candidates[3], 'LDTT').status).toBe('awarded');
  });

  test('19 LĐTT allow 2 (2.85 rounded down); ranking is vote share, then rating, then initiatives, then name', () => {
    const a = person({ name: 'Lê Văn Bình', initiatives: 1, voteShare: 0.8 });
    const b = person({ name: 'Trần Văn An', initiatives: 1, voteShare: 0.8 });
    const c = person({ initiatives: 2, voteShare: 0.8, rating: 'excellent' });
    const r = review([a, b, c, ...Array.from({ length: 16 }, () => person())]);
    expect(verdictOf(r, c, 'CSTDCS').rank).toBe(1);
    expect(verdictOf(r, b, 'CSTDCS').status).toBe('awarded'); // An before Bình
    expect(verdictOf(r, a, 'CSTDCS').status).toBe('over-cap');
  });

  test('a vote threshold set by the clerk turns away a candidate below it', () => {
    const p = person({ initiatives: 1, voteShare: 0.6 });
    const r = review([p, ...Array.from({ length: 19 }, () => person())], 'vn-2014', { 'CSTDCS.vote.minShare': 0.7 });
    expect(verdictOf(r, p, 'CSTDCS').reasons).toEqual([expect.objectContaining({ code: 'votes', args: { found: 60, min: 70 } })]);
  });
});

describe('titles over several years', () => {
  test('CSTĐ tỉnh needs CSTĐCS this year and the two before, and a provincial initiative', () => {
    const ok = person({ initiatives: 1, provincialInitiative: true, history: { 2013: { titles: ['CSTDCS', 'LDTT'] }, 2012: { titles: ['CSTDCS', 'LDTT'] } } });
    const gap = person({ initiatives: 1, history: { 2012: { titles: ['CSTDCS'] } } });
    const r = review([ok, gap, ...Array.from({ length: 18 }, () => person())]);
    expect(verdictOf(r, ok, 'CSTD_TINH').status).toBe('awarded');
    expect(verdictOf(r, gap, 'CSTD_TINH').reasons).toEqual([
      expect.objectContaining({ code: 'not-consecutive', args: expect.objectContaining({ missing: '2013' }) }),
      expect.objectContaining({ code: 'no-provincial-initiative' }),
    ]);
  });

  test('Bằng khen: excellent in 2014 and 2013, with 2 initiatives in that time (NĐ 65/2014 Đ24 k1 c)', () => {
    const ok = person({ rating: 'excellent', initiatives: 1, history: { 2013: { titles: [], rating: 'excellent', initiatives: 1 } } });
    const no = person({ rating: 'excellent', initiatives: 2, history: { 2013: { titles: [], rating: 'good' } } });
    const r = review([ok, no]);
    expect(verdictOf(r, ok, 'BK_TINH').status).toBe('awarded');
    expect(verdictOf(r, no, 'BK_TINH').reasons[0]).toEqual(expect.objectContaining({ code: 'not-consecutive', args: expect.objectContaining({ missing: '2013' }) }));
  });

  test('an excluded row gets no title and says why', () => {
    const p = person({ excluded: true });
    expect(verdictOf(review([p]), p, 'LDTT').reasons.map((x) => x.code)).toEqual(['excluded']);
  });
});
