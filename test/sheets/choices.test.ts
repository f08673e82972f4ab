/**
 * One way to fix a choice (issue 21, item 5): the pane's choices and the command line's --map
 * and --map-value go through one module, so the same choice gives the same settings, and the
 * same reading, from either face.
 */
import { emptySettings, type StoredSettings } from '../../src/domain/settings';
import { runReview } from '../../src/pipeline/review';
import { applyChoices, autoColumns, autoRecognition, withColumn, withHeaderRow, withSheetInRole, withValueMeaning } from '../../src/sheets/choices';
import { sampleGrids } from '../taskpane/sample-grids';

const grids = sampleGrids();
const year = 2014;
const staffOf = (s: StoredSettings) => runReview(grids, s, { reviewDate: '2014-12-20' }).parsed.recognitions.find((r) => r.role === 'staff')!;

test('a column chosen in the pane and with --map gives the same settings and the same verdicts', () => {
  const sheet = staffOf(emptySettings()).sheet;
  const rec = staffOf(emptySettings());
  // The pane: "Xếp loại" moved to column N (last year's rating).
  const pane = withColumn(emptySettings(), rec, autoColumns(grids[0], rec, emptySettings(), year), 'rating', 'N');
  // The command line: --map rating=<sheet>!N.
  const cli = applyChoices(emptySettings(), [{ sheet, field: 'rating', column: 'N' }], grids, year);
  expect(cli.mapping).toEqual(pane.mapping);
  const verdicts = (s: StoredSettings) => runReview(grids, s, { reviewDate: '2014-12-20' }).result!.persons.map((p) => [p.person.name, p.verdicts.LDTT?.status]);
  expect(verdicts(cli)).toEqual(verdicts(pane));
  // A field moved to a column another field had: that field is left without it, on both faces alike.
  expect(Object.values(cli.mapping![sheet].columns).filter((l) => l === '').length).toBe(1);
});

test('a header row and a role chosen on either face give the same settings', () => {
  const sheet = staffOf(emptySettings()).sheet;
  const rec = staffOf(emptySettings());
  expect(applyChoices(emptySettings(), [{ sheet, headerRow: 7 }], grids, year)).toEqual(withHeaderRow(emptySettings(), rec, 7));
  const other = grids.find((g) => g.name !== sheet)!;
  const autoRole = (n: string) =>
    autoRecognition(
      grids.find((g) => g.name === n)!,
      year,
    )?.role;
  expect(applyChoices(emptySettings(), [{ sheet: other.name, role: 'history' }], grids, year)).toEqual(withSheetInRole(emptySettings(), 'history', other.name, true, autoRole));
});

test("a value's meaning: one entry per value whatever its case, taken back by no meaning", () => {
  let s = withValueMeaning(emptySettings(), 'rating', 'Khá', 'good');
  s = withValueMeaning(s, 'rating', 'KHÁ ', 'excellent');
  expect(s.valueMap).toEqual({ rating: { KHÁ: 'excellent' } });
  s = withValueMeaning(s, 'rating', 'kha', undefined);
  expect(s.valueMap).toBeUndefined();
});

test('a value map from the settings sheet is input: what is well formed is kept, the rest said', async () => {
  const { checkSettings } = await import('../../src/domain/settings-check');
  const { settings, issues } = checkSettings({
    version: 1,
    ownedSheets: [],
    valueMap: { rating: { Khá: 'good', A9: 'superb' }, discipline: { KT: 'reprimand' }, colour: { x: 'y' } },
  } as never);
  expect(settings.valueMap).toEqual({ rating: { Khá: 'good' }, discipline: { KT: 'reprimand' } });
  expect(issues.map((i) => i.args?.field)).toEqual(['valueMap.rating', 'valueMap.colour']);
  // A mapping of the initiatives role (the pane offers it) is kept too.
  expect(checkSettings({ version: 1, ownedSheets: [], mapping: { SK: { role: 'initiatives', columns: {} } } }).settings.mapping).toEqual({ SK: { role: 'initiatives', columns: {} } });
});
