/**
 * Checks the .xlsx adapter on a folder of real workbooks (not committed: public ones, e.g.
 * the Excel-saved files of github.com/lifephongphanmem/thiduakhenthuong_php8 public/data):
 *   node -r @swc-node/register scripts/check-packages.ts DIR
 * For each file: the grids read equal ExcelJS's (values, merges, formulas, legacy fonts);
 * results written into a copy keep every other part byte for byte; ExcelJS reads the copy.
 * Prints one line per file and exits 1 if any differs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { excelJsGrids, normalise } from '../test/helpers/exceljs-grid';
import { encodingOfFont } from '../src/text/legacy';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import { ZipReader } from '../src/ooxml/zip';
import { emptySettings } from '../src/domain/settings';

const EDITED = new Set(['[content_types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docprops/core.xml', 'xl/calcchain.xml']);

(async () => {
  const dir = process.argv[2];
  let bad = 0;
  for (const f of readdirSync(dir).filter((x) => /\.xlsx$/i.test(x))) {
    const bytes = new Uint8Array(readFileSync(join(dir, f)));
    const problems: string[] = [];
    const wb = await XlsxWorkbook.open(bytes, { name: f });
    const names = (await wb.sheets()).map((s) => s.name);
    const ref = await excelJsGrids(bytes, (n) => !!encodingOfFont(n));
    for (const g of await wb.read(names)) {
      const r = ref.get(g.name);
      if (!r) continue;
      if (JSON.stringify(normalise(g.values)) !== JSON.stringify(r.values)) problems.push(`${g.name}: values`);
      if (JSON.stringify(g.merges) !== JSON.stringify(r.merges)) problems.push(`${g.name}: merges`);
      if (JSON.stringify(g.formulaCells) !== JSON.stringify(r.formulaCells)) problems.push(`${g.name}: formulas`);
    }
    await wb.write([{ name: 'KQ cá nhân', rows: [[{ v: 'Họ và tên', s: 'header' }], [{ v: 'Nguyễn Văn An', s: 'cell' }]], widths: [30], merges: [] }], emptySettings(), { replace: [] });
    const out = await wb.save();
    const a = ZipReader.open(bytes);
    const b = ZipReader.open(out);
    for (const n of a.names()) {
      if (EDITED.has(n.toLowerCase())) continue;
      const x = a.entry(n)!;
      const y = b.entry(n);
      if (!y || !Buffer.from(a.raw(x)).equals(Buffer.from(b.raw(y)))) problems.push(`part ${n} changed`);
    }
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(out as unknown as ArrayBuffer);
    if (!back.getWorksheet('KQ cá nhân') || back.worksheets.length !== names.length + 2) problems.push('ExcelJS reads the copy differently');
    const app = new TextDecoder().decode(a.has('docProps/app.xml') ? a.read('docProps/app.xml') : new Uint8Array()).match(/<Application>([^<]*)/)?.[1] ?? '?';
    console.log(`${problems.length ? '✘' : '✔'} ${f} (${app}, ${names.length} sheets, ${a.names().length} parts)${problems.length ? `: ${problems.join('; ')}` : ''}`);
    if (problems.length) bad++;
  }
  process.exit(bad ? 1 : 0);
})();
