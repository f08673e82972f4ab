import { type StoredSettings } from '../../src/domain/settings';
import { settingsFromCells, settingsToCells } from '../../src/workbook/settings-store';

describe('settings kept in the workbook', () => {
  test('round trip through the cells of the very hidden sheet, long JSON cut in chunks under 32 767 characters', () => {
    const s: StoredSettings = {
      version: 1,
      preset: 'vn-2014',
      params: { 'LDTT.leave.fromDays': 30 },
      ownedSheets: ['KQ cá nhân'],
      mapping: { 'DS CBCCVC 2014': { role: 'staff', columns: { note: 'P', big: 'x'.repeat(70000) } } },
    };
    const cells = settingsToCells(s);
    expect(cells.length).toBe(4);
    for (const [c] of cells) expect(c.length).toBeLessThanOrEqual(32767);
    expect(settingsFromCells(cells)).toEqual(s);
  });

  test('cells that are not ours read as no settings', () => {
    expect(settingsFromCells([['Họ và tên']])).toBeNull();
    expect(settingsFromCells([])).toBeNull();
  });

  test('ours but broken (not JSON, not an object) read as settings that say so, for the review to report', () => {
    expect(settingsFromCells([['binh-xet settings v1'], ['{"version":']])).toEqual({ version: 1, ownedSheets: [], unreadable: '{"version":' });
    expect(settingsFromCells([['binh-xet settings v1'], ['[1,2]']])).toEqual({ version: 1, ownedSheets: [], unreadable: '[1,2]' });
    expect(settingsFromCells([['binh-xet settings v1']])).toEqual({ version: 1, ownedSheets: [], unreadable: 'binh-xet settings v1' });
  });

  test('a newer file with unknown fields is still read', () => {
    const cells = [['binh-xet settings v1'], [JSON.stringify({ version: 1, ownedSheets: ['A'], futureThing: 1 })]];
    expect(settingsFromCells(cells)?.ownedSheets).toEqual(['A']);
  });
});
