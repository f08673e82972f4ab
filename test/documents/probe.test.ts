import { readFileSync } from 'node:fs';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { runReview } from '../../src/pipeline/review';
import { emptySettings } from '../../src/pipeline/settings';
test('probe', async () => {
  const grids = await readXlsxGrids(readFileSync('test/fixtures/so-khcn-bac-giang-2014.xlsx'));
  const o = runReview(grids, emptySettings(), { reviewDate: '2014-12-20' });
  const r = o.result!;
  const cnt: Record<string, Record<string, number>> = {};
  for (const p of r.persons) for (const [k, v] of Object.entries(p.verdicts)) { cnt[k] ??= {}; cnt[k][v!.status] = (cnt[k][v!.status] ?? 0) + 1; }
  for (const u of r.units) for (const [k, v] of Object.entries(u.verdicts)) { cnt['U'+k] ??= {}; cnt['U'+k][v!.status] = (cnt['U'+k][v!.status] ?? 0) + 1; }
  console.log(JSON.stringify(cnt), r.units.map(u => u.unit.name), grids.map(g=>g.name));
  console.log(JSON.stringify(r.persons[0].person), JSON.stringify(r.units[0]));
  console.log(JSON.stringify(o.parsed.persons.slice(0,1)));
  const h = grids.find(g => /history|danh hi|qua/i.test(g.name));
  console.log(grids.map(g => g.name + ':' + JSON.stringify(g.values.slice(0, 12))).join('\n\n'));
});
