import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxGrids } from '../../src/workbook/xlsx';

// The jsdom tests of the pane read the sample's grids from JSON; this keeps that JSON equal to the sample.
test('sample-grids.json is the sample workbook as the .xlsx adapter reads it', async () => {
  const grids = await readXlsxGrids(readFileSync(join(__dirname, '../fixtures/so-khcn-bac-giang-2014.xlsx')));
  const json = JSON.stringify(grids);
  const file = join(__dirname, 'sample-grids.json');
  let stored = '';
  try {
    stored = readFileSync(file, 'utf8');
  } catch {
    writeFileSync(file, json);
    stored = json;
  }
  expect(JSON.parse(stored)).toEqual(JSON.parse(json));
});
