import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxGrids } from '../../src/workbook/xlsx';

/**
 * The jsdom tests of the pane read the sample's grids from sample-grids.json (checked in);
 * this keeps it equal to the sample as the .xlsx adapter reads it. It only compares: when
 * the reading changes on purpose, regenerate it with
 *   node -r @swc-node/register scripts/sample-grids.ts
 * and look at the diff.
 */
const GOLDEN = join(__dirname, 'sample-grids.json');

test('sample-grids.json is checked in', () => {
  expect(existsSync(GOLDEN)).toBe(true);
});

test('sample-grids.json is the sample workbook as the .xlsx adapter reads it', async () => {
  const grids = await readXlsxGrids(readFileSync(join(__dirname, '../fixtures/so-khcn-bac-giang-2014.xlsx')));
  expect(JSON.parse(readFileSync(GOLDEN, 'utf8'))).toEqual(JSON.parse(JSON.stringify(grids)));
});
