import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SheetGrid } from '../../src/sheets/grid';
import { excelJsGrids, normalise } from '../helpers/exceljs-grid';

/**
 * The jsdom tests of the pane read the sample's grids from sample-grids.json (checked in, so
 * they need no ExcelJS). The file is written by scripts/sample-grids.ts with the project's own
 * reader; it is checked here against an independent reading of the same workbook by ExcelJS
 * (values, merges, formula cells, visibility), never against the project's reader, so a reader
 * bug copied into the file fails here. When the sample changes, regenerate it with
 *   node -r @swc-node/register scripts/sample-grids.ts
 */
const GOLDEN = join(__dirname, 'sample-grids.json');
const SAMPLE = join(__dirname, '../fixtures/so-khcn-bac-giang-2014.xlsx');

test('sample-grids.json is checked in', () => {
  expect(existsSync(GOLDEN)).toBe(true);
});

test('sample-grids.json holds the sample workbook as ExcelJS reads it', async () => {
  const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as SheetGrid[];
  const ref = await excelJsGrids(new Uint8Array(readFileSync(SAMPLE)), () => false);
  expect(golden.map((g) => g.name)).toEqual([...ref.keys()]);
  for (const g of golden) {
    const r = ref.get(g.name)!;
    // The golden grid starts at A1 (the sample's used ranges do), as ExcelJS's rows do.
    expect([g.name, g.top, g.left]).toEqual([g.name, 0, 0]);
    expect(normalise(g.values)).toEqual(r.values);
    expect(g.merges).toEqual(r.merges);
    expect(g.formulaCells ?? []).toEqual(r.formulaCells);
    expect(g.visibility).toBe(r.visibility);
  }
});

test('what the pane tests count on, read by eye in the sample: 105 staff rows under a header, 10 units', () => {
  const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as SheetGrid[];
  const staff = golden.find((g) => g.name === 'DS CBCCVC 2014')!;
  const units = golden.find((g) => g.name === 'Đơn vị')!;
  // Staff rows are numbered 1..105 in column A (STT); the unit sheet lists 10 units.
  const numbered = staff.values.map((r) => r[0]).filter((v) => typeof v === 'number');
  expect(numbered).toEqual(Array.from({ length: 105 }, (_, i) => i + 1));
  expect(units.values.filter((r) => typeof r[0] === 'number')).toHaveLength(10);
});
