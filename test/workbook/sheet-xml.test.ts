import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { decodeXString } from '../../src/workbook/sheet-read';
import { strToU8 } from 'fflate';
import { nodeCompressor, nodeZip } from '../../src/cli/node-zip';
import { sheetXml } from '../../src/workbook/sheet-xml';
import { unzipEntries } from '../../src/ooxml/zip';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import type { SheetSpec } from '../../src/sheets/grid';
import { emptySettings } from '../../src/domain/settings';

const spec: SheetSpec = {
  name: 'KQ',
  rows: [
    [{ v: 'Tiêu đề & "trích" <b>', s: 'title' }],
    [
      { v: '=SUM(A1:A3)', s: 'cell' },
      { v: '+84 912', s: 'cell' },
      { v: '-', s: 'cell' },
      { v: '@x', s: 'cell' },
    ],
    [{ v: 12.5, s: 'number' }, { v: true }, { v: null, s: 'cell' }, { v: 'a\u0001b\u0007c' }],
    [{ v: '  lề trái' }],
  ],
  widths: [10, 20],
  merges: ['A1:D1'],
  freeze: { rows: 1 },
  print: { orientation: 'landscape', margins: { top: 20, bottom: 20, left: 30, right: 15 }, repeatRows: [2, 2], fitToWidth: true, pageNumbers: true, footer: 'Trang &P/&N' },
};

test('the sheet XML: text stays text, special characters escaped, control characters dropped, frozen header, A4 landscape one page wide', () => {
  const xml = sheetXml(spec, (id) => ({ title: 1, cell: 2, number: 3 })[id as string] ?? 0);
  expect(xml).toContain('<c r="A1" s="1" t="inlineStr"><is><t>Tiêu đề &amp; &quot;trích&quot; &lt;b&gt;</t></is></c>');
  expect(xml).toContain('<c r="A2" s="2" t="inlineStr"><is><t>=SUM(A1:A3)</t></is></c>');
  expect(xml).not.toContain('<f>');
  expect(xml).toContain('<c r="A3" s="3"><v>12.5</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" s="2"/>');
  expect(xml).toContain('<t>abc</t>');
  expect(xml).toContain('<t xml:space="preserve">  lề trái</t>');
  expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
  expect(xml).toContain('<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>');
  expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
  expect(xml).toContain('<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter>');
  // Element order of CT_Worksheet.
  const order = ['<sheetPr>', '<dimension', '<sheetViews>', '<sheetFormatPr', '<cols>', '<sheetData>', '<mergeCells', '<pageMargins', '<pageSetup', '<headerFooter>'].map((e) => xml.indexOf(e));
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(order.every((i) => i > 0)).toBe(true);
});

test('written through the .xlsx adapter (fflate and Node zlib alike), ExcelJS reads the same values, styles and print titles back', async () => {
  for (const zip of [undefined, nodeCompressor]) {
    const wb = await XlsxWorkbook.create();
    await wb.write([spec], emptySettings(), { replace: [] });
    const bytes = await wb.save(zip);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = back.getWorksheet('KQ')!;
    expect(ws.getCell('A1').value).toBe('Tiêu đề & "trích" <b>');
    expect(ws.getCell('A2').value).toBe('=SUM(A1:A3)');
    expect(ws.getCell('A3').value).toBe(12.5);
    expect(ws.getCell('A1').font?.name).toBe('Times New Roman');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A2').border?.top?.style).toBe('thin');
    expect(ws.pageSetup.printTitlesRow).toBe('2:2');
    expect(back.getWorksheet('BinhXet_CaiDat')!.state).toBe('veryHidden');
  }
});

test('the Node zip writer round-trips every part, names in UTF-8', async () => {
  const entries = new Map([
    ['a.xml', strToU8('<a/>'.repeat(1000))],
    ['xl/đơn vị.xml', strToU8('Đơn vị')],
  ]);
  const back = unzipEntries(await nodeZip(entries));
  expect([...back.keys()]).toEqual(['a.xml', 'xl/đơn vị.xml']);
  expect(new TextDecoder().decode(back.get('xl/đơn vị.xml'))).toBe('Đơn vị');
  expect(back.get('a.xml')!.length).toBe(4000);
});

test('any text written as bytes reads back as itself, save what XML cannot hold (control characters dropped, a lone surrogate as U+FFFD)', () => {
  const text = fc
    .array(
      fc.oneof(
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom('&', '<', '>', '"', "'", '\r\n', '\r', '\t', '\u0001', '\uFFFE', '\uD800', '\uDC00x', '_x0041_', '_x005F_', '😀', 'Nguyễn Đức'),
        fc.string({ unit: 'binary', maxLength: 80 }),
      ),
      { maxLength: 8 },
    )
    .map((a) => a.join(''));
  fc.assert(
    fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (texts) => {
      const xml = sheetXml({ name: 'x', widths: [], merges: [], rows: texts.map((t) => [{ v: t || 'x' }]) }, () => 0);
      const read: string[] = [];
      let inT = false;
      let cur = '';
      const p = new SaxesParser();
      p.on('opentag', (t) => {
        inT = t.name === 't';
        cur = '';
      });
      p.on('text', (t) => {
        if (inT) cur += t;
      });
      p.on('closetag', (t) => {
        if (t.name === 't') read.push(decodeXString(cur));
        inT = false;
      });
      p.write(xml).close();
      const expected = texts.map((t) =>
        (t || 'x')
          .slice(0, 32767)
          .replace(/[\uD800-\uDFFF]/gu, '\uFFFD')
          // eslint-disable-next-line no-control-regex
          .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''),
      );
      expect(read).toEqual(expected);
    }),
    { numRuns: 300 },
  );
});
