/**
 * One rule for "DỰ THẢO", used by the lists, the ballots and the Word papers (rules/drafts.ts).
 * The expected sets are worked out by hand from the vn-2014 preset (rules.md): a title is a
 * draft when its vote is pending, when a criterion counts or requires a draft title (or its
 * cap is counted on one, or it needs this year's LĐTT and LĐTT is a draft), and when it is a
 * collective title below a draft one.
 */
import { evaluate } from '../../src/rules/evaluate';
import { resolveParams } from '../../src/rules/params';
import { getPreset } from '../../src/rules/presets';
import { draftKeys, resultDrafts } from '../../src/rules/drafts';
import { pendingVotes } from '../../src/rules/votes';
import type { Person } from '../../src/domain/types';
import { person, unit } from '../helpers/people';

const rs = getPreset('vn-2014');
const sorted = (s: Set<string>) => [...s].sort();

test('nothing pending, nothing draft', () => {
  expect(sorted(draftKeys(rs, []))).toEqual([]);
});

test('the CSTĐCS vote pending: CSTĐCS, CSTĐ tỉnh (three years of CSTĐCS, this one included), TTLĐXS (a CSTĐCS member), TTLĐTT (below TTLĐXS) and Cờ thi đua (among the TTLĐXS); not LĐTT, Giấy khen, Bằng khen', () => {
  expect(sorted(draftKeys(rs, ['CSTDCS']))).toEqual(['CO_TINH', 'CSTDCS', 'CSTD_TINH', 'TTLDTT', 'TTLDXS']);
});

test("a threshold on LĐTT pending: every title that counts or requires it; the units' Bằng khen (two years rated HTXSNV) not", () => {
  expect(sorted(draftKeys(rs, ['LDTT']))).toEqual(['BK_BO', 'BK_TINH', 'CO_TINH', 'CSTDCS', 'CSTD_TINH', 'GIAY_KHEN', 'LDTT', 'TTLDTT', 'TTLDXS']);
  // The clerk no longer requires this year's LĐTT for a Giấy khen: it waits for nothing.
  expect(draftKeys(rs, ['LDTT'], { 'GIAY_KHEN.ldtt.required': false }).has('GIAY_KHEN')).toBe(false);
});

test('a collective title pending: the lower one waits for it, the higher one does not wait for the lower; Cờ thi đua (among the TTLĐXS) waits for TTLĐXS', () => {
  expect(sorted(draftKeys(rs, ['TTLDXS']))).toEqual(['CO_TINH', 'TTLDTT', 'TTLDXS']);
  expect(sorted(draftKeys(rs, ['TTLDTT']))).toEqual(['TTLDTT']);
  expect(sorted(draftKeys(rs, ['GIAY_KHEN']))).toEqual(['GIAY_KHEN']);
});

/**
 * Why TTLĐTT waits for the CSTĐCS vote although its own criteria count no voted title: two
 * units of 10, everyone LĐTT, both rated HTXSNV; the 15 % cap allows 3 CSTĐCS out of 20 LĐTT;
 * 4 have an initiative: one in P, three in Q. Whether P's one candidate is chosen decides
 * whether P is TTLĐXS or TTLĐTT (Q keeps a CSTĐCS either way).
 */
test("the council's CSTĐCS vote moves a unit between TTLĐXS and TTLĐTT", () => {
  const { values } = resolveParams(rs, []);
  const review = (pShare?: number) => {
    const staff: Person[] = [
      person({ unit: 'P', initiatives: 1, voteShare: pShare }),
      ...Array.from({ length: 9 }, () => person({ unit: 'P' })),
      ...[0.8, 0.7, 0.6].map((share) => person({ unit: 'Q', initiatives: 1, voteShare: pShare === undefined ? undefined : share })),
      ...Array.from({ length: 7 }, () => person({ unit: 'Q' })),
    ];
    const r = evaluate({ ruleSet: rs, params: values, persons: staff, units: [unit('P'), unit('Q')], year: 2014, periodEnd: '2014-12-31' });
    return { ...r, pending: pendingVotes(rs, values, r.persons, r.units), ttldtt: r.units.filter((u) => u.verdicts.TTLDTT?.status === 'awarded').map((u) => u.unit.name) };
  };
  const before = review();
  expect(before.pending).toEqual(['CSTDCS']);
  expect(resultDrafts(rs, { pendingVote: before.pending, params: [] }).has('TTLDTT')).toBe(true);
  // P's candidate chosen (90 % against 80, 70, 60): P is TTLĐXS, nobody is TTLĐTT.
  const chosen = review(0.9);
  expect(chosen.pending).toEqual([]);
  expect(chosen.units.map((u) => u.collectiveTitle)).toEqual(['TTLDXS', 'TTLDXS']);
  expect(chosen.ttldtt).toEqual([]);
  // Not chosen (40 %): P has no CSTĐCS and falls to TTLĐTT.
  const passed = review(0.4);
  expect(passed.units.map((u) => u.collectiveTitle)).toEqual(['TTLDTT', 'TTLDXS']);
  expect(passed.ttldtt).toEqual(['P']);
  expect(resultDrafts(rs, { pendingVote: passed.pending, params: [] }).size).toBe(0);
});
