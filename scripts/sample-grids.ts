/**
 * Writes test/taskpane/sample-grids.json, the sample workbook as the .xlsx adapter reads it
 * (the pane's jsdom tests use it and need no ExcelJS). Run by hand when the reading changes:
 *   node -r @swc-node/register scripts/sample-grids.ts
 * then look at the diff before committing it; test/taskpane/sample-grids.test.ts only compares.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxGrids } from '../src/workbook/xlsx';

const root = join(__dirname, '..');
void readXlsxGrids(readFileSync(join(root, 'test/fixtures/so-khcn-bac-giang-2014.xlsx'))).then((grids) => {
  writeFileSync(join(root, 'test/taskpane/sample-grids.json'), JSON.stringify(grids));
  console.log(`test/taskpane/sample-grids.json: ${grids.length} sheets`);
});
