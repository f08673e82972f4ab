import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { fixture, runCli, sheetsOf, tempDir } from '../helpers/cli';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import type { ReviewJson } from '../helpers/review-json';

/** The flat sample cut in two files, as two units would send them, with one person in both. */
async function splitSample(dir: string): Promise<string[]> {
  const grids = await readXlsxGrids(readFileSync(fixture('co-quan-mau-phang.xlsx')));
  const staff = grids.find((g) => g.name === 'Cán bộ')!;
  const [header, ...rows] = staff.values;
  const parts = [rows.slice(0, 20), [...rows.slice(20), rows[3]]];
  return Promise.all(
    parts.map(async (part, i) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Cán bộ');
      ws.addRow(header as ExcelJS.CellValue[]);
      for (const r of part) ws.addRow(r as ExcelJS.CellValue[]);
      const file = join(dir, `don-vi-${i + 1}.xlsx`);
      await wb.xlsx.writeFile(file);
      return file;
    }),
  );
}

test('several units’ files are reviewed as one agency, with duplicates across files reported with both places', async () => {
  const dir = tempDir();
  const files = await splitSample(dir);
  const out = join(dir, 'tong-hop.xlsx');
  const json = join(dir, 'tong-hop.json');
  const r = await runCli(['review', ...files, '--out', out, '--json', json, '--date', '2014-12-20']);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/Đã đọc: 40 người/);
  const j = JSON.parse(readFileSync(json, 'utf8')) as ReviewJson;
  expect(j.people).toHaveLength(41);
  const dup = j.issues.find((i) => i.code === 'duplicate-person')!;
  expect(dup.message).toMatch(/^Trang 'don-vi-2\.xlsx › Cán bộ', ô B22: "Giáp Đức Khoa" trùng với don-vi-1\.xlsx › Cán bộ!B5/);
  // The cap is over the whole agency: 15 % of all LĐTT, whichever file they came from.
  const ldtt = j.people.filter((p) => p.titles.LDTT.status === 'awarded').length;
  const cstdcs = j.people.filter((p) => p.titles.CSTDCS.status === 'awarded').length;
  expect(cstdcs).toBe(Math.floor(0.15 * ldtt));
  // The results go to a workbook of their own; no input file is touched.
  const names = (await sheetsOf(out)).map((s) => s.name);
  expect(names).toContain('KQ cá nhân');
  expect(names).not.toContain('Cán bộ');
});
