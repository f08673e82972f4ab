import { evaluate } from '../../src/rules/evaluate';
import { resolveParams } from '../../src/rules/params';
import { getPreset } from '../../src/rules/presets';
import { pendingVotes } from '../../src/rules/votes';
import { person, unit } from '../helpers/people';

/** 20 LĐTT with an initiative each: the 15 % cap of vn-2014 allows 3 CSTĐCS, 17 are over it. */
function run(voteShares: (number | undefined)[] = []) {
  const rs = getPreset('vn-2014');
  const { values } = resolveParams(rs, []);
  const staff = Array.from({ length: 20 }, (_, i) => person({ unit: 'P', initiatives: 1, voteShare: voteShares[i] }));
  const { persons, units } = evaluate({ ruleSet: rs, params: values, persons: staff, units: [unit('P')], year: 2014, periodEnd: '2014-12-31' });
  return { rs, values, persons, units };
}

test('a capped title that cuts someone out waits for the council vote until a candidate has a vote share', () => {
  const r = run();
  expect(r.persons.filter((p) => p.verdicts.CSTDCS?.status === 'over-cap')).toHaveLength(17);
  expect(pendingVotes(r.rs, r.values, r.persons, r.units)).toEqual(['CSTDCS']);
  const voted = run([0.9, 0.8]);
  expect(pendingVotes(voted.rs, voted.values, voted.persons, voted.units)).toEqual([]);
});

test('a vote threshold in force makes a title voted even with no cap', () => {
  const rs = getPreset('vn-2014');
  const { values } = resolveParams(rs, [{ source: 'command-line', values: { 'GIAY_KHEN.vote.minShare': 0.5 } }]);
  const staff = [person({ unit: 'P', rating: 'excellent' })];
  const { persons, units } = evaluate({ ruleSet: rs, params: values, persons: staff, units: [unit('P')], year: 2014, periodEnd: '2014-12-31' });
  expect(pendingVotes(rs, values, persons, units)).toContain('GIAY_KHEN');
});
