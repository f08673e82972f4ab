import { readFileSync } from 'fs';
import { readXlsxGrids, findLossyParts } from '../src/workbook/xlsx';
(async () => {
  for (const f of ['so-khcn-bac-giang-2014','co-quan-mau-phang','du-lieu-loi']) {
    const buf = readFileSync('/work/main/test/fixtures/'+f+'.xlsx');
    const g = await readXlsxGrids(buf);
    for (const s of g) console.log(f, s.name, s.visibility, s.values.length, s.values[0]?.length, s.merges.length, s.formulaCells, s.values[5]?.slice(0,6));
    console.log(await findLossyParts(buf));
  }
})();
