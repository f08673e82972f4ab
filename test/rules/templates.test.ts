/**
 * Every message template is filled: no "{found}" on a sheet, in a paper or in the JSON. Every
 * reason the rule sets can give is produced here under every regime (people and units built to
 * fail each criterion) and rendered in both languages; every fixture is reviewed under every
 * regime and each text it shows is checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allKeys, type Lang } from '../../src/i18n/catalogue';
import { reasonText } from '../../src/i18n/reason-text';
import { evaluate } from '../../src/rules/evaluate';
import { resolveParams } from '../../src/rules/params';
import { PRESETS } from '../../src/rules/presets';
import { runReview } from '../../src/pipeline/review';
import { outcomeToJson } from '../../src/pipeline/json';
import { emptySettings } from '../../src/domain/settings';
import { describeIssue } from '../../src/sheets/issue-text';
import { warningText } from '../../src/sheets/layout';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import type { DataIssue, Person } from '../../src/domain/types';
import { person, unit } from '../helpers/people';

const PLACEHOLDER = /\{\w+\}/;
const LANGS: Lang[] = ['vi', 'en'];

/** Reason codes declared in the catalogue but produced by no rule set (kept for saved results). */
const NOT_PRODUCED = new Set(['no-rating', 'not-cstdcs']);

/** People and units that between them fail every criterion kind and every cross-title rule. */
function failingEverything(year: number): { persons: Person[]; units: ReturnType<typeof unit>[] } {
  const persons = [
    person({ unit: 'A', rating: 'incomplete', leaveDays: 80, exemptLeave: [{ kind: 'maternity', days: 10 }], hireDate: `${year}-11-01`, discipline: 'warning' }),
    person({ unit: 'A', rating: undefined, leaveDays: 50 }),
    person({ unit: 'A', discipline: 'warning', disciplineYear: year - 1, disciplineUntil: `${year + 1}-06-30` }),
    // NĐ 152/2025 Đ4 k4: served in the year under review, so only part of the year counts (vn-2025's reason).
    person({ unit: 'A', discipline: 'reprimand', disciplineYear: year - 1, disciplineUntil: `${year}-11-20` }),
    person({ unit: 'A', excluded: true }),
    ...Array.from({ length: 25 }, (_, i) => person({ unit: 'B', rating: 'excellent', initiatives: 1, voteShare: i === 0 ? undefined : 0.3 + i / 100 })),
  ];
  // B: the cluster's column is there and B is not marked (Cờ thi đua's reason names the column); A: no column at all.
  const units = [unit('A', { rating: 'complete' }), unit('B', { rating: 'excellent', clusterChoice: { selected: false, column: 'F' } }), unit('Empty', { rating: 'excellent' })];
  return { persons, units };
}

test('every reason of every regime is rendered with all its arguments, in both languages', () => {
  const produced = new Set<string>();
  for (const rs of PRESETS) {
    const year = Number(rs.inForce.from.slice(0, 4)) + 1;
    // A vote threshold and a registration in force, so their reasons are produced too.
    const { values } = resolveParams(rs, [{ source: 'pane', values: { 'CSTDCS.vote.minShare': 0.5, 'GIAY_KHEN.registration.required': true, 'CSTDCS.cap.share': 0.1 } }]);
    const { persons, units } = failingEverything(year);
    persons[5] = { ...persons[5], registered: [] };
    const r = evaluate({ ruleSet: rs, params: values, persons, units, year, periodEnd: `${year}-12-31`, reviewDate: `${year}-12-20` });
    const verdicts = [...r.persons.flatMap((p) => Object.values(p.verdicts)), ...r.units.flatMap((u) => Object.values(u.verdicts))];
    for (const v of verdicts) {
      for (const reason of v!.reasons) {
        produced.add(reason.code);
        if (reason.code === 'leave-days' && reason.args.exempt) produced.add('leave-days.exempt');
        if (reason.code === 'cluster-not-selected' && reason.args.column) produced.add('cluster-not-selected.column');
        for (const lang of LANGS) {
          const text = reasonText(reason.code, reason.args, lang);
          expect({ preset: rs.id, code: reason.code, text }).toEqual(expect.objectContaining({ text: expect.not.stringMatching(PLACEHOLDER) }));
          expect(text).not.toBe(`reason.${reason.code}`);
        }
        expect(reason.citation === '' ? reason.code : 'cited').toMatch(/cited|excluded/);
      }
    }
  }
  const declared = allKeys()
    .filter((k) => k.startsWith('reason.'))
    .map((k) => k.slice('reason.'.length));
  expect(declared.filter((c) => !produced.has(c) && !NOT_PRODUCED.has(c))).toEqual([]);
});

describe('every fixture under every regime: no text left with a placeholder', () => {
  const fixtures = ['so-khcn-bac-giang-2014.xlsx', 'co-quan-mau-phang.xlsx', 'du-lieu-loi.xlsx'];
  test.each(fixtures)(
    '%s',
    async (name) => {
      const grids = await readXlsxGrids(readFileSync(join(__dirname, '../fixtures', name)));
      for (const rs of PRESETS) {
        for (const lang of LANGS) {
          const date = rs.id === 'vn-2014' ? '2014-12-20' : `${Number(rs.inForce.from.slice(0, 4)) + 1}-12-20`;
          const outcome = runReview(grids, emptySettings(), { reviewDate: date, preset: rs.id, lang, params: { 'CSTDCS.vote.minShare': 0.5 } });
          const json = outcomeToJson(outcome) as {
            people: { titles: Record<string, { reasons: { text: string }[] }> }[];
            units: { titles: Record<string, { reasons: { text: string }[] }> }[];
            warnings: { text: string }[];
            issues: { message: string }[];
          };
          const texts = [
            ...json.people.flatMap((p) => Object.values(p.titles).flatMap((x) => x.reasons.map((r) => r.text))),
            ...json.units.flatMap((u) => Object.values(u.titles).flatMap((x) => x.reasons.map((r) => r.text))),
            ...json.warnings.map((w) => w.text),
            ...json.issues.map((i) => i.message),
            ...outcome.sheets.flatMap((s) => s.rows.flatMap((row) => row.map((c) => (typeof c.v === 'string' ? c.v : '')))),
          ];
          const left = texts.filter((x) => PLACEHOLDER.test(x));
          expect({ preset: rs.id, lang, left: left.slice(0, 3) }).toEqual({ preset: rs.id, lang, left: [] });
        }
      }
    },
    120_000,
  );
});

test('the warnings and notices the rules give are filled', () => {
  const warnings: { code: string; args: Record<string, string | number> }[] = [
    { code: 'plan-other-year', args: { plan: 'Kế hoạch 05/KH-KHCN ngày 24/01/2014', planYear: 2014, year: 2018 } },
    { code: 'plan-other-agency', args: { plan: 'Kế hoạch 05/KH-KHCN ngày 24/01/2014', agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' } },
    { code: 'review-before-regimes', args: { date: '05/07/2014', from: '15/10/2014', preset: 'vn-2014' } },
    { code: 'preset-unconfirmed', args: { preset: 'vn-2026' } },
  ];
  for (const w of warnings) for (const lang of LANGS) expect(warningText(w, lang)).not.toMatch(PLACEHOLDER);
  const notices: DataIssue[] = [
    { severity: 'info', code: 'leave-exempt-whole', sheet: 'DS', value: 'Nguyễn Thị A', args: { days: 130, kind: 'maternity' } },
    { severity: 'warning', code: 'discipline-end-unknown', sheet: 'DS', value: 'Nguyễn Văn B', args: { found: 'warning', year: 2024 } },
  ];
  for (const n of notices) for (const lang of LANGS) expect(describeIssue(n, lang)).not.toMatch(PLACEHOLDER);
});
