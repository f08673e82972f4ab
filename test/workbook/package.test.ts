/**
 * Editing the package: the clerk's parts stay byte for byte, the add-in's sheets come and
 * go with their relationships, content types, defined names and styles kept consistent.
 */
import ExcelJS from 'exceljs';
import { editPackage, packageSheets } from '../../src/workbook/package';
import { unzipEntries, fflateZip } from '../../src/workbook/zip';
import type { SheetSpec } from '../../src/sheets/grid';

const decode = (b: Uint8Array | undefined) => new TextDecoder().decode(b);
const spec = (name: string, repeat?: [number, number]): SheetSpec => ({
  name,
  rows: [[{ v: name, s: 'header' }], [{ v: 1, s: 'number' }]],
  widths: [10],
  merges: [],
  ...(repeat ? { print: { orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15 }, repeatRows: repeat, fitToWidth: true, pageNumbers: true } } : {}),
});

async function clerkWorkbook() {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet('Cán bộ');
  a.addRow(['Họ và tên']);
  a.pageSetup.printTitlesRow = '1:1';
  wb.addWorksheet('Cũ của phần bổ trợ').addRow(['x']);
  const c = wb.addWorksheet('Ghi chú');
  c.addRow(['y']);
  c.pageSetup.printTitlesRow = '1:1';
  wb.views = [{ activeTab: 2 } as ExcelJS.WorkbookView];
  return unzipEntries(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

test('a removed sheet takes its part, relationship, content type and defined names with it; later local ids and the active tab move down', async () => {
  const entries = await clerkWorkbook();
  const clerkPart = decode(entries.get('xl/worksheets/sheet1.xml'));
  editPackage(entries, { remove: ['Cũ của phần bổ trợ'], add: [{ spec: spec('KQ', [1, 1]), visibility: 'visible' }, { spec: spec('BinhXet_CaiDat'), visibility: 'veryHidden' }] });
  expect(packageSheets(entries).map((s) => [s.name, s.visibility])).toEqual([
    ['Cán bộ', 'visible'],
    ['Ghi chú', 'visible'],
    ['KQ', 'visible'],
    ['BinhXet_CaiDat', 'veryHidden'],
  ]);
  expect(decode(entries.get('xl/worksheets/sheet1.xml'))).toBe(clerkPart);
  expect(entries.has('xl/worksheets/sheet2.xml')).toBe(false);
  const wb = decode(entries.get('xl/workbook.xml'));
  const names = [...wb.matchAll(/<definedName[^>]*localSheetId="(\d+)"[^>]*>([^<]*)</g)].map((m) => [m[1], m[2].replace(/&apos;/g, "'")]);
  expect(names).toEqual([
    ['0', "'Cán bộ'!$1:$1"],
    ['1', "'Ghi chú'!$1:$1"],
    ['2', "'KQ'!$1:$1"],
  ]);
  expect(wb).toMatch(/activeTab="1"/);
  const types = decode(entries.get('[Content_Types].xml'));
  expect(types).not.toContain('/xl/worksheets/sheet2.xml');
  for (const s of packageSheets(entries)) {
    expect(entries.has(s.part)).toBe(true);
    expect(types).toContain(`PartName="/${s.part}"`);
  }

  // ExcelJS reads the result: the styles resolve to the add-in's fonts, fills and formats.
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await fflateZip(entries)) as unknown as ArrayBuffer);
  const kq = back.getWorksheet('KQ')!;
  expect(kq.getCell('A1').value).toBe('KQ');
  expect(kq.getCell('A1').font).toEqual(expect.objectContaining({ name: 'Times New Roman', bold: true }));
  expect(kq.getCell('A1').fill).toEqual(expect.objectContaining({ fgColor: { argb: 'FFD9E2F3' } }));
  expect(kq.getCell('A2').numFmt).toBe('0');
  expect(back.getWorksheet('BinhXet_CaiDat')!.state).toBe('veryHidden');
  expect(back.getWorksheet('Cán bộ')!.getCell('A1').value).toBe('Họ và tên');
});

test('styles are appended after the clerk’s, counts updated, custom number formats above every id in use', async () => {
  const entries = await clerkWorkbook();
  const before = decode(entries.get('xl/styles.xml'));
  const fontsBefore = Number(/<fonts count="(\d+)"/.exec(before)![1]);
  editPackage(entries, { remove: [], add: [{ spec: spec('KQ'), visibility: 'visible' }] });
  const after = decode(entries.get('xl/styles.xml'));
  const fonts = Number(/<fonts count="(\d+)"/.exec(after)![1]);
  expect(fonts).toBeGreaterThan(fontsBefore);
  expect((after.match(/<font>/g) ?? []).length + (after.match(/<font [^>]*>/g) ?? []).length).toBe(fonts);
  const xfCount = Number(/<cellXfs count="(\d+)"/.exec(after)![1]);
  const block = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(after)![1];
  expect((block.match(/<xf[\s/>]/g) ?? []).length).toBe(xfCount);
  expect(after).toMatch(/<numFmt numFmtId="16[4-9]" formatCode="dd\/mm\/yyyy"\/>/);
});
