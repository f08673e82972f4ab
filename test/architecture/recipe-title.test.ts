/**
 * CONTRIBUTING.md, "Add a title", followed step by step with a dummy title: a rule set built the
 * way src/rules/presets/vn-2014.ts builds its titles (`title`, `criterion` from
 * src/rules/presets/build.ts), evaluated by the one evaluator, laid out by the one layout. If
 * the recipe stops being true (a title needs a change elsewhere, an `if` on title ids comes
 * back), this test fails.
 *
 * The dummy title "Danh hiệu thử" (DUMMY), person, an award the head decides: rating HTXSNV this
 * year, and this year's LĐTT (the default for every award). Worked out by hand for three people
 * of the helper (rated HTTNV, no leave, no discipline, hired in 2000 unless said):
 *   - An, HTXSNV:                         LĐTT yes, DUMMY awarded;
 *   - Bình, HTTNV:                        LĐTT yes, DUMMY refused: 'rating' (below HTXSNV);
 *   - Chi, HTXSNV but 45 days of leave:   LĐTT refused under vn-2014 (40-day rule), so DUMMY
 *                                         refused for 'not-ldtt' only.
 */
import { evaluate } from '../../src/rules/evaluate';
import { resolveParams } from '../../src/rules/params';
import { allParams, getPreset } from '../../src/rules/presets';
import { criterion, ruleSet, title } from '../../src/rules/presets/build';
import { hasMessage } from '../../src/i18n/catalogue';
import { layoutResults } from '../../src/sheets/layout';
import type { PersonTitleId } from '../../src/domain/types';
import type { ReviewResult } from '../../src/domain/verdict';
import type { RuleSet } from '../../src/rules/types';
import { person, unit } from '../helpers/people';

const DUMMY = 'DUMMY' as PersonTitleId;
const CITATION = 'Quy chế thi đua của cơ quan (thử), Điều 1';

/** Step 2 of the recipe: the title as data, appended to a regime's titles. */
function withDummy(base: RuleSet): RuleSet {
  const dummy = title(DUMMY, 'person', [criterion('DUMMY', 'rating', 'min-rating', 'rating', CITATION, [['min', 'rating', 'excellent']])], {
    kind: 'award',
    decidedBy: 'agency-head',
    citation: CITATION,
  });
  return ruleSet({ ...base, titles: [...base.titles, dummy] });
}

/** Step 3 of the recipe: the names a title needs in src/i18n/titles.ts. */
const missingNames = (rs: RuleSet): string[] => rs.titles.flatMap((r) => ['title', 'short', 'tab', 'tabDoc'].map((p) => `${p}.${r.key}`)).filter((k) => !hasMessage(k));

const rs = withDummy(getPreset('vn-2014'));
const an = person({ name: 'Nguyễn Văn An', rating: 'excellent' });
const binh = person({ name: 'Trần Thị Bình', rating: 'good' });
const chi = person({ name: 'Lê Văn Chi', rating: 'excellent', leaveDays: 45 });
const { values } = resolveParams(rs, []);
const evaluated = evaluate({ ruleSet: rs, params: values, persons: [an, binh, chi], units: [unit('Phòng A')], year: 2014, periodEnd: '2014-12-31' });
const verdict = (p: typeof an) => evaluated.persons.find((x) => x.person.id === p.id)!.verdicts[DUMMY]!;

test('the title brings its parameters, named after it, with its citation', () => {
  const ids = allParams(rs).filter((p) => p.id.startsWith('DUMMY.'));
  // Four come with every title (on or off, registration, vote threshold, this year's LĐTT), one with its criterion.
  expect(Object.fromEntries(ids.map((p) => [p.id, p.default]))).toEqual({
    'DUMMY.enabled': true,
    'DUMMY.registration.required': false,
    'DUMMY.vote.minShare': null,
    'DUMMY.ldtt.required': true,
    'DUMMY.rating.min': 'excellent',
  });
  expect(ids).toHaveLength(5);
  expect(ids.find((p) => p.id === 'DUMMY.rating.min')!.citation).toBe(CITATION);
});

test('the one evaluator decides it, with a reason and the citation for each "no"', () => {
  expect(verdict(an)).toEqual({ title: DUMMY, status: 'awarded', reasons: [] });
  expect(verdict(binh).status).toBe('not-eligible');
  expect(verdict(binh).reasons.map((r) => [r.code, r.citation])).toEqual([['rating', CITATION]]);
  expect(verdict(chi).status).toBe('not-eligible');
  expect(verdict(chi).reasons.map((r) => r.code)).toEqual(['not-ldtt']);
  // The regime's own titles are untouched by the new one.
  const ldtt = (p: typeof an) => evaluated.persons.find((x) => x.person.id === p.id)!.verdicts.LDTT!.status;
  expect([ldtt(an), ldtt(binh), ldtt(chi)]).toEqual(['awarded', 'awarded', 'not-eligible']);
});

test('a parameter changed by the clerk reaches it like any other', () => {
  const lower = resolveParams(rs, [{ source: 'command-line', values: { 'DUMMY.rating.min': 'good' } as never }]).values;
  const r = evaluate({ ruleSet: rs, params: lower, persons: [binh], units: [unit('Phòng A')], year: 2014, periodEnd: '2014-12-31' });
  expect(r.persons[0].verdicts[DUMMY]!.status).toBe('awarded');
});

test('the one layout gives it a column in the attainment sheet and a nomination list of its own', () => {
  const result: ReviewResult = {
    ruleSetId: rs.id,
    reviewDate: '2014-12-20',
    year: 2014,
    phase: 'year',
    params: [],
    persons: evaluated.persons,
    units: evaluated.units,
    targets: [],
    warnings: [],
    pendingVote: [],
  };
  const sheets = layoutResults({ result, ruleSet: rs, issues: [], recognitions: [], unitOrder: ['Phòng A'], lang: 'vi' });
  const texts = (rows: { v?: unknown }[][]) => rows.flat().map((c) => (c && typeof c.v === 'string' ? c.v : ''));
  // Without step 3 the names show as their keys: this is what the clerk would see, and why step 3 exists.
  const header = sheets.map((s) => texts(s.rows)).find((cells) => cells.includes('short.DUMMY'));
  expect(header).toBeDefined();
  // Its nomination list holds An alone (the one awarded).
  const lists = sheets.filter((s) => texts(s.rows).includes('Nguyễn Văn An') && !texts(s.rows).includes('Trần Thị Bình'));
  expect(lists.length).toBeGreaterThan(0);
  expect(sheets.filter((s) => s.name.includes('tab.DUMMY') || s.name.includes('tabDoc.DUMMY')).length).toBeGreaterThan(0);
});

test('step 3 is checked: every title of every shipped regime has its four names; the dummy has none', () => {
  for (const id of ['vn-2014', 'vn-2017', 'vn-2024', 'vn-2025']) expect(missingNames(getPreset(id))).toEqual([]);
  expect(missingNames(rs)).toEqual(['title.DUMMY', 'short.DUMMY', 'tab.DUMMY', 'tabDoc.DUMMY']);
});
