/**
 * What printReady promises, on sheets small enough to work out by hand (Times New Roman:
 * "x" is half an em, a space a quarter; a column unit is 5.25 pt in Excel, up to 5.6 pt in
 * LibreOffice; a cell keeps 5 pt of its width and 3.5 pt of its height for padding, and a
 * line of 12 pt text takes 12 × 1.15 pt). LibreOffice's rendering of the real sheets is
 * checked in render.test.ts.
 */
import { printReady, rowHeights, pageBreaks, fitScale } from '../../src/sheets/print/print-ready';
import { lineCount, textWidth } from '../../src/text/measure';
import { sheetXml } from '../../src/workbook/sheet-xml';
import { widthScaleOf, digitPixels } from '../../src/workbook/default-font';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { unzipEntries } from '../../src/ooxml/zip';
import { emptySettings } from '../../src/domain/settings';
import type { CellSpec, SheetSpec } from '../../src/sheets/grid';

const WORD = 'xxxxxxxxxx'; // 10 × 0.5 em × 12 pt = 60 pt
const cell = (v: CellSpec['v'], s: CellSpec['s'] = 'cell'): CellSpec => ({ v, s });
const landscape = { orientation: 'landscape' as const, margins: { top: 20, bottom: 20, left: 30, right: 15 }, fitToWidth: true, pageNumbers: true };

describe('measuring text', () => {
  test('widths from Times New Roman’s metrics; lines as a spreadsheet wraps them', () => {
    expect(textWidth(WORD, { size: 12 })).toBeCloseTo(60);
    expect(textWidth(' ', { size: 12 })).toBeCloseTo(3);
    expect(textWidth('W', { size: 10, bold: true })).toBeCloseTo(10);
    // 60 + 3 + 60 = 123 pt: two words on a 130 pt line, not on a 120 pt one.
    expect(lineCount(`${WORD} ${WORD}`, 130, { size: 12 })).toBe(1);
    expect(lineCount(`${WORD} ${WORD}`, 120, { size: 12 })).toBe(2);
    // A line break starts a line; a word longer than the line is cut.
    expect(lineCount(`${WORD}\n${WORD}`, 500, { size: 12 })).toBe(2);
    expect(lineCount('x'.repeat(25), 60, { size: 12 })).toBe(3);
    // Vietnamese letters are measured, decomposed marks take no room.
    expect(textWidth('Nguyễn', { size: 12 })).toBeCloseTo(textWidth('Nguyễn'.normalize('NFD'), { size: 12 }));
  });
});

describe('row heights', () => {
  test('a wrapped cell gets the lines it needs; merged over two columns, fewer', () => {
    const text = `${WORD} ${WORD} ${WORD}`;
    const spec: SheetSpec = { name: 'T', widths: [20, 20], merges: ['A2:B2'], rows: [[cell(text)], [cell(text)], [cell('1', 'cellCenter')], []] };
    const h = rowHeights(spec);
    // 20 units = 105 pt, 100 pt for text, 97 with the slack: one word a line, 3 lines: 3 × 13.8 + 3.5 = 44.9 → 45 pt (whole pixels).
    expect(h[0]).toBe(45);
    // Merged: 210 pt, 205 for text, 199 with the slack: 60 + 3 + 60 + 3 + 60 = 186, one line: 17.3 → 18 pt.
    expect(h[1]).toBe(18);
    expect(h[2]).toBe(18);
    // An empty row keeps Excel's default.
    expect(h[3]).toBe(15);
  });

  test('text merged over several rows spreads its height over them', () => {
    const spec: SheetSpec = { name: 'T', widths: [10], merges: ['A1:A2'], rows: [[cell(`${WORD} ${WORD} ${WORD} ${WORD}`)], [cell(null)]] };
    const [a, b] = rowHeights(spec);
    expect(a + b).toBeGreaterThanOrEqual(4 * 13.8 + 3.5);
  });
});

describe('one page wide, and the page breaks', () => {
  const table = (rows: number, closing: boolean): SheetSpec => ({
    name: 'DS',
    widths: [10, 40, 40],
    merges: [],
    rows: [
      [cell('TIÊU ĐỀ', 'docTitle')],
      [cell('STT', 'header'), cell('Họ và tên', 'header'), cell('Đơn vị', 'header')],
      ...Array.from({ length: rows }, (_, i) => [cell(i + 1, 'cellCenter'), cell(`Người ${i + 1}`), cell('Văn phòng')]),
      ...(closing ? [[], [cell('Danh sách có n người', 'note')], [], [{ v: null }, cell('GIÁM ĐỐC', 'signerTitle')], [], [], [], [{ v: null }, cell('Nguyễn Đức Kiên', 'signerName')]] : []),
    ],
    print: { ...landscape, repeatRows: [2, 2] },
  });

  test('the scale that fits the printed columns in the page’s width, at most 100 %', () => {
    // Landscape A4: 841.89 pt less 45 mm = 714.3 pt; 90 units × 5.6 = 504 pt fit at 100 %.
    expect(fitScale(table(1, false))).toBe(100);
    // 200 units × 5.6 = 1 120 pt: 714.3 / 1 120 = 63.8 % → 63.
    expect(fitScale({ ...table(1, false), widths: [100, 50, 50] })).toBe(63);
    // Only the print area counts.
    expect(fitScale({ ...table(1, false), widths: [50, 40, 500], print: { ...landscape, area: 'A1:B3' } })).toBe(100);
  });

  test('a table without a closing is cut where the pages are full; a signed paper keeps its last two rows with the signature', () => {
    const plain = table(60, false);
    const h = rowHeights(plain);
    // The body of a landscape page: 595.28 − 40 mm = 481.9 pt, 96 % of it filled: 462.6 pt; the header repeats.
    const breaks = pageBreaks(plain, h, 100);
    expect(breaks.length).toBeGreaterThan(0);
    const pages = [1, ...breaks, plain.rows.length + 1];
    for (let i = 0; i + 1 < pages.length; i++) {
      const used = h.slice(pages[i] - 1, pages[i + 1] - 1).reduce((s, x) => s + x, 0) + (i ? h[1] : 0);
      expect(used).toBeLessThanOrEqual(481.9 * 0.96 + 1e-6);
    }
    // A signed paper whose closing would land alone on a page: the break moves up by two rows of the table.
    for (let n = 20; n <= 40; n++) {
      const signed = table(n, true);
      const hs = rowHeights(signed);
      const bs = pageBreaks(signed, hs, 100);
      const lastTable = 2 + n - 1; // 0-based row of the table's last row
      if (!bs.length) continue;
      const lastStart = bs[bs.length - 1] - 1;
      expect({ n, lastStart: lastStart <= lastTable - 1 }).toEqual({ n, lastStart: true });
    }
  });

  test('printReady: heights, a scale instead of fit-to-width, shares as text with a decimal comma', () => {
    const spec: SheetSpec = { ...table(2, true), rows: [...table(2, true).rows, [cell(0.754, 'percent')]] };
    const ready = printReady(spec);
    expect(ready.heights).toHaveLength(ready.rows.length);
    expect(ready.print).toEqual(expect.objectContaining({ scale: 100, fitToWidth: false }));
    expect(ready.rows[ready.rows.length - 1][0]).toEqual({ v: '75,4 %', s: 'number' });
    expect(printReady(spec, 'en').rows[ready.rows.length - 1][0].v).toBe('75.4 %');
  });
});

describe('what the .xlsx gets', () => {
  test('row heights, the scale, the manual breaks (the row before each page), and no fit-to-page', () => {
    const spec = printReady({
      name: 'DS',
      widths: [10, 40],
      merges: [],
      rows: Array.from({ length: 80 }, (_, i) => [cell(i + 1), cell(`Người ${i + 1}`)]),
      print: { ...landscape, repeatRows: [1, 1] },
    });
    const xml = sheetXml(spec, () => 0);
    expect(xml).toContain(`<row r="1" ht="${spec.heights![0]}" customHeight="1">`);
    expect(xml).toMatch(/<pageSetup paperSize="9" scale="100" orientation="landscape"\/>/);
    expect(xml).not.toContain('fitToPage');
    const brk = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]) + 1);
    expect(brk).toEqual(spec.print!.rowBreaks);
    // Columns in the workbook's own unit: Times New Roman 12 as the default font makes the digit 8 px.
    expect(sheetXml(spec, () => 0, 7 / 8)).toContain('<col min="2" max="2" width="35" customWidth="1"/>');
  });

  test('the default font’s digit: 7 px for Calibri 11 and Arial 10, 8 for Times New Roman 12, 9 for 14', () => {
    expect(digitPixels('Calibri', 11)).toBe(7);
    expect(digitPixels('Arial', 10)).toBe(7);
    expect(digitPixels('Times New Roman', 12)).toBe(8);
    expect(digitPixels('Times New Roman', 14)).toBe(9);
    expect(widthScaleOf('<styleSheet><fonts count="1"><font><sz val="12"/><name val="Times New Roman"/></font></fonts></styleSheet>')).toBeCloseTo(7 / 8);
    expect(widthScaleOf('<styleSheet><fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/></font><font/></fonts></styleSheet>')).toBe(1);
    expect(widthScaleOf(undefined)).toBe(1);
  });

  test('a print area becomes the sheet’s Print_Area', async () => {
    const wb = await XlsxWorkbook.create();
    const spec: SheetSpec = {
      name: 'Căn cứ',
      widths: [10, 10, 10],
      merges: [],
      rows: [[cell('a'), cell('b'), cell('LDTT.enabled', 'note')]],
      print: { ...landscape, repeatRows: [1, 1], area: 'A1:B1' },
    };
    await wb.write([spec], emptySettings(), { replace: [] });
    const entries = unzipEntries(await wb.save());
    const workbook = new TextDecoder().decode(entries.get('xl/workbook.xml'));
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="0">'Căn cứ'!\$A\$1:\$B\$1<\/definedName>/);
  });
});
