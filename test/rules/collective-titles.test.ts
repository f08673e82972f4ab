import { evaluate } from '../../src/rules/evaluate';
import { resolveParams } from '../../src/rules/params';
import { getPreset } from '../../src/rules/presets';
import type { Person, Unit } from '../../src/domain/types';
import { person, unit } from '../helpers/people';

function review(persons: Person[], units: Unit[]) {
  const rs = getPreset('vn-2014');
  const { values } = resolveParams(rs, []);
  return evaluate({ ruleSet: rs, params: values, persons, units, year: 2014, periodEnd: '2014-12-31' });
}
const members = (n: number, over: Partial<Person> = {}) => Array.from({ length: n }, () => person({ unit: 'P', ...over }));

describe('collective titles (Luật TĐKT 2003 Đ27–28)', () => {
  test('exactly 70 % LĐTT with a CSTĐCS and an excellent rating: TTLĐXS, and only that title', () => {
    const staff = [...members(6), person({ unit: 'P', initiatives: 1 }), ...members(3, { rating: 'complete' })];
    const r = review(staff, [unit('P')]);
    const u = r.units[0];
    expect(u.memberLdtt).toBe(7);
    expect(u.verdicts.TTLDXS!.status).toBe('awarded');
    expect(u.collectiveTitle).toBe('TTLDXS');
    expect(u.verdicts.TTLDTT!.status).toBe('not-eligible');
    expect(u.verdicts.TTLDTT!.reasons.map((x) => x.code)).toEqual(['higher-title']);
  });

  test('exactly 50 % LĐTT is not "more than 50 %": no TTLĐTT', () => {
    const staff = [...members(5), ...members(5, { rating: 'complete' })];
    const u = review(staff, [unit('P', { rating: 'good' })]).units[0];
    expect(u.verdicts.TTLDTT!.reasons).toEqual([expect.objectContaining({ code: 'members-ldtt-share', args: expect.objectContaining({ ldtt: 5, members: 10 }) })]);
    expect(u.collectiveTitle).toBeUndefined();
  });

  test('TTLĐXS lists every failing condition; TTLĐTT still given', () => {
    const staff = [...members(8), person({ unit: 'P', rating: 'incomplete' }), person({ unit: 'P', discipline: 'reprimand', rating: 'good' })];
    const u = review(staff, [unit('P', { rating: 'good' })]).units[0];
    expect(u.verdicts.TTLDXS!.reasons.map((x) => x.code)).toEqual(['unit-rating', 'members-incomplete', 'no-cstdcs-member']);
    expect(u.collectiveTitle).toBe('TTLDTT');
  });

  test('a member disciplined with a warning bars both collective titles', () => {
    const staff = [...members(9, { initiatives: 1 }), person({ unit: 'P', discipline: 'warning' })];
    const u = review(staff, [unit('P')]).units[0];
    expect(u.verdicts.TTLDXS!.reasons.map((x) => x.code)).toContain('member-discipline');
    expect(u.verdicts.TTLDTT!.reasons.map((x) => x.code)).toEqual(['member-discipline']);
  });
});
