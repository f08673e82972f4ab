/**
 * Sheets read straight into grids: the same cells as ExcelJS (an independent reader) on
 * the fixtures, the sparse shape (a stray cell far away costs its row only), every kind
 * of cell, merges, legacy fonts, dates of a 1904 workbook, and the budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxGrids, XlsxWorkbook } from '../../src/workbook/xlsx';
import { EMPTY_ROW, isDateFormat } from '../../src/workbook/sheet-read';
import { encodingOfFont } from '../../src/text/legacy';
import { cellAddress } from '../../src/sheets/grid';
import { PackageError } from '../../src/ooxml/package-error';
import { excelJsGrids, normalise } from '../helpers/exceljs-grid';
import { book } from '../helpers/crafted-packages';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const sheet = (data: string, after = '') => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${data}</sheetData>${after}</worksheet>`;
/** The grid of a one-sheet workbook whose sheet is `xml`. */
async function gridOf(xml: string, more: Parameters<typeof book>[0] = {}) {
  const [g] = await readXlsxGrids(book({ ...more, sheet: () => xml }));
  return g;
}

test.each(['so-khcn-bac-giang-2014.xlsx', 'co-quan-mau-phang.xlsx', 'du-lieu-loi.xlsx'])('%s: the same values, merges, formulas and legacy fonts as ExcelJS reads', async (file) => {
  const bytes = new Uint8Array(readFileSync(join(__dirname, '../fixtures', file)));
  const ref = await excelJsGrids(bytes, (n) => !!encodingOfFont(n));
  const mine = await readXlsxGrids(bytes);
  expect(mine.map((g) => g.name)).toEqual([...ref.keys()]);
  for (const g of mine) {
    const r = ref.get(g.name)!;
    expect(normalise(g.values)).toEqual(r.values);
    expect(g.merges).toEqual(r.merges);
    expect(g.formulaCells).toEqual(r.formulaCells);
    const fonts = new Map<string, string>();
    g.fonts?.forEach((row, i) => row.forEach((f, c) => f && fonts.set(cellAddress(i, c), f)));
    expect(fonts).toEqual(r.fonts);
    expect(g.visibility).toBe(r.visibility);
  }
});

test('sparse: rows as long as their last cell, rows without cells one shared empty array, nothing after the last value', async () => {
  const g = await gridOf(sheet('<row r="2"><c r="B2"><v>1</v></c></row><row r="4"><c r="XFD4" t="inlineStr"><is><t>lạc</t></is></c></row><row r="7"><c r="A7" s="1"/></row>'));
  expect(g.values.length).toBe(4);
  expect(g.values[0]).toBe(EMPTY_ROW);
  expect(g.values[1]).toEqual([null, 1]);
  expect(g.values[2]).toBe(EMPTY_ROW);
  expect(g.values[3].length).toBe(16384);
  expect(g.values[3][16383]).toBe('lạc');
  expect(Object.isFrozen(EMPTY_ROW) && EMPTY_ROW.length === 0).toBe(true);
  expect([g.top, g.left]).toEqual([0, 0]);
});

test('every kind of cell', async () => {
  const g = await gridOf(
    sheet(
      '<row r="1">' +
        '<c r="A1" t="s"><v>0</v></c>' + // "STT" in the book's shared strings
        '<c r="B1" t="inlineStr"><is><r><t>Nguy</t></r><r><rPr><b/></rPr><t>ễn</t></r><rPh sb="0" eb="1"><t>ngu</t></rPh></is></c>' +
        '<c r="C1" t="str"><f>A1&amp;"x"</f><v>_x0041__x005F_x0042_</v></c>' +
        '<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
        '<c r="F1" t="d"><v>2014-12-20T12:00:00</v></c><c r="G1"><v>1.5E3</v></c>' +
        '<c r="H1"><f>SUM(G1)</f></c><c r="I1" t="s"><v/></c><c r="J1"><f t="shared" ref="J1:J2" si="0">G1</f><v>1500</v></c>' +
        '</row><row r="2"><c r="J2"><f t="shared" si="0"/><v>7</v></c></row>',
    ),
  );
  expect(g.values[0]).toEqual(['STT', 'Nguyễn', 'A_x0042_', true, { error: '#DIV/0!' }, 41993.5, 1500, null, null, 1500]);
  expect(g.formulaCells).toEqual(['C1', 'E1', 'H1', 'J1', 'J2']);
});

test('a t="d" cell is the serial Excel shows for it: 01/01/1900 is 1 (Excel’s count before its phantom 29/02/1900), a day that does not exist stays text', async () => {
  const g = await gridOf(sheet('<row r="1"><c r="A1" t="d"><v>1900-01-01</v></c><c r="B1" t="d"><v>1900-03-01</v></c><c r="C1" t="d"><v>2014-02-30</v></c></row>'));
  expect(g.values[0]).toEqual([1, 61, '2014-02-30']);
});

test('merged cells read as Excel shows them: the value in the top-left cell only', async () => {
  const g = await gridOf(
    sheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ tên</t></is></c><c r="B1"><v>9</v></c><c r="C1"><v>3</v></c></row><row r="2"><c r="A2"><v>5</v></c></row>',
      '<mergeCells count="1"><mergeCell ref="a1:b2"/></mergeCells>',
    ),
  );
  expect(g.values).toEqual([['Họ tên', null, 3], [null]]);
  expect(g.merges).toEqual(['A1:B2']);
});

test('a legacy font is read from the cell’s style, the default style included', async () => {
  const styles = (fontOf0: string) =>
    `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><fonts count="2"><font><name val="${fontOf0}"/></font><font><name val="VNI-Times"/></font></fonts><cellXfs count="2"><xf fontId="0"/><xf fontId="1"/></cellXfs></styleSheet>`;
  const data = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Nguyeãn</t></is></c><c r="B1" s="1" t="inlineStr"><is><t>Nguyeãn</t></is></c></row>');
  const withStyles = (s: string) => book({ sheet: () => data, entries: (es) => es.map((e) => (e.name === 'xl/styles.xml' ? { ...e, data: s } : e)) });
  const [plain] = await readXlsxGrids(withStyles(styles('Times New Roman')));
  expect(plain.fonts).toEqual([[null, 'VNI-Times']]);
  const [legacy] = await readXlsxGrids(withStyles(styles('.VnTime')));
  expect(legacy.fonts).toEqual([['.VnTime', 'VNI-Times']]);
});

test('a 1904 workbook: date cells are given as serials of the 1900 system, other numbers as they are', async () => {
  // Style 2 of the book is dd/mm/yyyy; 40531 in the 1904 system is 20 December 2014.
  const data = sheet('<row r="1"><c r="A1" s="2"><v>40531</v></c><c r="B1"><v>40531</v></c></row>');
  const g1904 = await gridOf(data, { workbook: (x) => x.replace('<workbookPr ', '<workbookPr date1904="1" ') });
  expect(g1904.values[0]).toEqual([41993, 40531]);
  const g1900 = await gridOf(data);
  expect(g1900.values[0]).toEqual([40531, 40531]);
  expect(['dd/mm/yyyy;@', 'mmm-yy', '[$-42A]d mmmm yyyy', 'yyyy'].map(isDateFormat)).toEqual([true, true, true, true]);
  expect(['0.00', 'h:mm', '"Ngày" 0', '[Red]0', 'General', '#,##0 "đ"'].map(isDateFormat)).toEqual([false, false, false, false, false, false]);
});

test('elements are matched by namespace: prefixed cells are read, another namespace’s <c> is not a cell', async () => {
  const g = await gridOf(
    `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}" xmlns:y="urn:other"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><y:c r="B1"><y:v>2</y:v></y:c></x:row></x:sheetData></x:worksheet>`,
  );
  expect(g.values).toEqual([[1]]);
});

test('the cells of a workbook have a budget: past it, a sentence naming the sheet; let go, it is given back', async () => {
  const rows = Array.from({ length: 40 }, (_, i) => `<row r="${i + 1}"><c r="J${i + 1}"><v>1</v></c></row>`).join('');
  const bytes = book({ sheet: () => sheet(rows) });
  const wb = await XlsxWorkbook.open(bytes, { cellBudget: 300, name: 'so.xlsx' });
  let error: unknown;
  try {
    await wb.read(['Cán bộ']);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(PackageError);
  expect([(error as PackageError).code, (error as PackageError).detail.sheet, (error as PackageError).file]).toEqual(['grid-too-large', 'Cán bộ', 'so.xlsx']);
  const ok = await XlsxWorkbook.open(bytes, { cellBudget: 500 });
  await ok.read(['Cán bộ']);
  ok.releaseGrids();
  const [again] = await ok.read(['Cán bộ']);
  expect(again.values.length).toBe(40);
});

test('malformed XML in a sheet: the part, the line and the column', async () => {
  let error: PackageError | undefined;
  try {
    await readXlsxGrids(book({ sheet: () => `<?xml version="1.0"?>\r\n<worksheet xmlns="${MAIN}">\n<sheetData><row><c><v>1</c></row></sheetData></worksheet>` }));
  } catch (e) {
    error = e as PackageError;
  }
  expect([error?.code, error?.detail.part, error?.detail.line, error?.detail.column]).toEqual(['bad-xml', 'xl/worksheets/sheet1.xml', 3, 24]);
});
