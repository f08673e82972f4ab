import { getPreset } from '../../src/rules/presets';
import { resolveParams } from '../../src/rules/params';
import { planConflicts, targetConfigs, attainment } from '../../src/rules/targets';
import { evaluate } from '../../src/rules/evaluate';
import { person, unit } from '../helpers/people';

describe('plan targets against the rule set', () => {
  test('vn-2014: 20 % CSTĐCS cannot be met under a cap of 15 % of LĐTT (12 % at the plan’s 80 %)', () => {
    const rs = getPreset('vn-2014');
    const { values } = resolveParams(rs, []);
    const conflicts = planConflicts(targetConfigs(undefined), rs, values, 10);
    expect(conflicts).toEqual([expect.objectContaining({ code: 'target-impossible', args: expect.objectContaining({ required: '20 %', max: '15 %', atPlan: '12 %' }) })]);
  });

  test('vn-2024 has no cap by default: no conflict; a clerk-set 10 % cap brings it back', () => {
    const rs = getPreset('vn-2024');
    expect(planConflicts(targetConfigs(undefined), rs, resolveParams(rs, []).values, 10)).toEqual([]);
    const capped = resolveParams(rs, [{ source: 'pane', values: { 'CSTDCS.cap.share': 0.1 } }]).values;
    expect(planConflicts(targetConfigs(undefined), rs, capped, 10).map((c) => c.code)).toEqual(['target-impossible']);
  });

  test('attainment counts CSTĐCS among LĐTT and gives the gap in people', () => {
    const rs = getPreset('vn-2014');
    const { values } = resolveParams(rs, []);
    const staff = [...Array.from({ length: 7 }, () => person({ unit: 'A' })), ...Array.from({ length: 3 }, () => person({ unit: 'A', rating: 'complete' }))];
    const r = evaluate({ ruleSet: rs, params: values, persons: staff, units: [unit('A')], year: 2014, periodEnd: '2014-12-31' });
    const ldtt = attainment(targetConfigs(undefined), r.persons, r.units).find((x) => x.id === 'ldtt-share')!;
    expect(ldtt).toEqual(expect.objectContaining({ count: 7, base: 10, met: false, gap: 1 }));
  });
});
