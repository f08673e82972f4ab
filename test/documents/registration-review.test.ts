/**
 * Registration read back at review time, through the whole pipeline: where the rule set
 * requires it, an unregistered person is not proposed (reason not-registered, with its
 * citation) and the place under the cap goes to the next registered candidate; where it is
 * not required, the person stays proposed with a note.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { runReview } from '../../src/pipeline/review';
import { emptySettings } from '../../src/domain/settings';
import { getPreset } from '../../src/rules/presets';
import { registrationSheet } from '../../src/sheets/forms/registration';
import type { SheetGrid } from '../../src/sheets/grid';
import { gridOf } from './sample';

let grids: SheetGrid[];
beforeAll(async () => {
  grids = await readXlsxGrids(readFileSync(join(__dirname, '../fixtures/so-khcn-bac-giang-2014.xlsx')));
});

const cstdcs = (o: ReturnType<typeof runReview>) => o.result!.persons.filter((p) => p.verdicts.CSTDCS?.status === 'awarded').map((p) => p.person.name);

/** The registration for 2014 as the clerk would have typed it: this year's candidates ticked, but not `unticked`. */
function registration(unticked: string): SheetGrid {
  const first = runReview(grids, emptySettings(), { reviewDate: '2014-12-20' });
  const spec = registrationSheet({ result: first.result!, ruleSet: getPreset('vn-2014'), unitOrder: first.parsed.units.map((u) => u.name), lang: 'vi', agency: {} }, 2014);
  const g = gridOf(spec);
  const header = g.values.findIndex((r) => r[1] === 'Họ và tên');
  const col = g.values[header].indexOf('CSTĐCS');
  const verdict = new Map(first.result!.persons.map((p) => [p.person.name, p.verdicts.CSTDCS!.status]));
  for (const row of g.values.slice(header + 1)) {
    const name = row[1];
    if (typeof name !== 'string' || !verdict.has(name)) continue;
    row[col] = name !== unticked && verdict.get(name) !== 'not-eligible' ? 'x' : null;
  }
  return g;
}

test('required: the unregistered first-ranked CSTĐCS is left out, the next over the cap takes the place', () => {
  const before = runReview(grids, emptySettings(), { reviewDate: '2014-12-20' });
  const ranked = before.result!.persons.filter((p) => p.verdicts.CSTDCS?.rank).sort((a, b) => a.verdicts.CSTDCS!.rank! - b.verdicts.CSTDCS!.rank!);
  const first = ranked[0].person.name;
  const next = ranked[12].person.name; // 12 awarded under the cap; the 13th is the first over it
  expect(before.result!.persons.find((p) => p.person.name === next)!.verdicts.CSTDCS!.status).toBe('over-cap');

  const withForm = [...grids, registration(first)];
  const required = runReview(withForm, emptySettings(), { reviewDate: '2014-12-20', params: { 'CSTDCS.registration.required': true } });
  const p = required.result!.persons.find((x) => x.person.name === first)!;
  expect(p.verdicts.CSTDCS).toEqual(
    expect.objectContaining({ status: 'not-eligible', reasons: [expect.objectContaining({ code: 'not-registered', citation: expect.stringContaining('đăng ký thi đua') })] }),
  );
  expect(p.verdicts.LDTT!.status).toBe('awarded');
  expect(cstdcs(required)).toHaveLength(12);
  expect(cstdcs(required)).toContain(next);
  expect(cstdcs(required)).not.toContain(first);
  // The registration sheet is a form, never taken for a staff list.
  expect(required.parsed.recognitions.map((r) => r.sheet)).not.toContain('Đăng ký thi đua 2014');

  // Not required (the default): proposed as before, with a note.
  const noted = runReview(withForm, emptySettings(), { reviewDate: '2014-12-20' });
  const q = noted.result!.persons.find((x) => x.person.name === first)!;
  expect(q.verdicts.CSTDCS!.status).toBe('awarded');
  expect(q.person.note).toContain('Chưa đăng ký thi đua CSTĐCS');
  expect(cstdcs(noted)).toEqual(cstdcs(before));
});

test('required but no registration sheet: nobody is held to it, and a warning says so', () => {
  const o = runReview(grids, emptySettings(), { reviewDate: '2014-12-20', params: { 'CSTDCS.registration.required': true } });
  expect(cstdcs(o)).toHaveLength(12);
  expect(o.issues).toContainEqual(expect.objectContaining({ code: 'registration-missing', value: 'Đăng ký thi đua 2014' }));
});
