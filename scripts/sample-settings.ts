/**
 * The bundled sample workbook holds its own settings (agency, council, plan) in its hidden
 * settings sheet, as a clerk's workbook would after loading an agency file and a plan: the
 * sample is the sample by what it says, not by default. Run after changing SAMPLE_SETTINGS:
 *   node -r @swc-node/register scripts/sample-settings.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import { SAMPLE_SETTINGS } from '../src/dossier/agency';
import { emptySettings } from '../src/domain/settings';
(async () => {
  const p = join(__dirname, '../assets/mau-so-khcn-bac-giang-2014.xlsx');
  const wb = await XlsxWorkbook.open(new Uint8Array(readFileSync(p)));
  await wb.write([], { ...emptySettings(), ...SAMPLE_SETTINGS }, { replace: [] });
  writeFileSync(p, await wb.save());
  console.log('ok');
})();
