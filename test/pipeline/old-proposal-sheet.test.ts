/**
 * The "Tờ trình khen thưởng" sheet is no longer written (the Tờ trình is a Word paper per
 * authority). A workbook an earlier version wrote still has it among the add-in's sheets: it
 * is not read as input, and the next write takes it out.
 */
import { MemoryWorkbook } from '../../src/workbook/memory';
import { reviewWorkbook, writeOutcome } from '../../src/workbook/session';
import { settingsToCells } from '../../src/workbook/settings-store';
import { SETTINGS_SHEET } from '../../src/domain/settings';
import { beforeTheVote } from '../documents/sample';

test("an earlier version's proposal sheet is the add-in's: not read, taken out at the next write", async () => {
  const wb = new MemoryWorkbook(await beforeTheVote());
  await writeOutcome(wb, await reviewWorkbook(wb, { reviewDate: '2014-12-20' }), 'cli');
  expect(wb.grids.map((g) => g.name)).not.toContain('Tờ trình khen thưởng');
  // What an earlier version left: the sheet, and its name in the settings' list of the add-in's sheets.
  const settings = (await wb.getSettings())!;
  wb.grids = wb.grids.map((g) => (g.name === SETTINGS_SHEET ? { ...g, values: settingsToCells({ ...settings, ownedSheets: [...settings.ownedSheets, 'Tờ trình khen thưởng'] }) } : g));
  wb.grids.push({ name: 'Tờ trình khen thưởng', visibility: 'visible', top: 0, left: 0, merges: [], values: [['TỜ TRÌNH'], ['Tổng cộng', 134]] });

  const again = await reviewWorkbook(wb, { reviewDate: '2014-12-20' });
  expect(again.issues.filter((i) => JSON.stringify(i).includes('Tờ trình khen thưởng'))).toEqual([]);
  const report = await writeOutcome(wb, again, 'cli');
  expect(report.removed).toContain('Tờ trình khen thưởng');
  expect(report.written).not.toContain('Tờ trình khen thưởng');
  expect(wb.grids.map((g) => g.name)).not.toContain('Tờ trình khen thưởng');
});
