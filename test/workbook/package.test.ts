/**
 * Editing the package: the clerk's parts stay byte for byte, the add-in's sheets come and
 * go with their relationships, content types, defined names and styles kept consistent.
 */
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { addStyles, canEdit, checkPackage, editPackage, mapSource, packageSheets } from '../../src/workbook/package';
import { unzipEntries, fflateZip, type ZipEntries } from '../../src/ooxml/zip';
import { verifySaved } from '../../src/workbook/xlsx';
import { PackageError } from '../../src/ooxml/package-error';
import { bookEntries, type BookOptions } from '../helpers/crafted-packages';
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
  editPackage(entries, {
    remove: ['Cũ của phần bổ trợ'],
    add: [
      { spec: spec('KQ', [1, 1]), visibility: 'visible' },
      { spec: spec('BinhXet_CaiDat'), visibility: 'veryHidden' },
    ],
  });
  expect(packageSheets(entries).map((s) => [s.name, s.visibility])).toEqual([
    ['Cán bộ', 'visible'],
    ['Ghi chú', 'visible'],
    ['KQ', 'visible'],
    ['BinhXet_CaiDat', 'veryHidden'],
  ]);
  expect(decode(entries.get('xl/worksheets/sheet1.xml'))).toBe(clerkPart);
  expect(entries.has('xl/worksheets/sheet2.xml')).toBe(false); // the removed part; new ones are numbered above it
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

describe('what Excel is strict about', () => {
  const filtered: SheetSpec = { ...spec('Chi phí $ & x'), rows: [[{ v: 'A_x0041_B' }], [{ v: 1 }]], autoFilter: 'A1:A2', merges: ['A1:A1', 'A1:B1'] };

  test('an autofilter comes with its hidden _xlnm._FilterDatabase name; "$" and "_xHHHH_" in names and text stay literal; a single-cell merge is dropped', async () => {
    const entries = await clerkWorkbook();
    editPackage(entries, { remove: [], add: [{ spec: filtered, visibility: 'visible' }] });
    const wb = decode(entries.get('xl/workbook.xml'));
    expect(wb).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="3" hidden="1">'Chi phí $ &amp; x'!$A$1:$A$2</definedName>`);
    expect(wb).toContain(`<sheet name="Chi phí $ &amp; x" sheetId="4" r:id="rIdBx1"/>`);
    const part = packageSheets(entries).find((s) => s.name === 'Chi phí $ & x')!.part;
    const sheet = decode(entries.get(part));
    expect(sheet).toContain('<t>A_x005F_x0041_B</t>');
    expect(sheet).toContain('<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await fflateZip(entries)) as unknown as ArrayBuffer);
    expect(back.worksheets.map((w) => w.name)).toContain('Chi phí $ & x');
  });

  test('running again reuses the styles it added: the style table does not grow', async () => {
    const entries = await clerkWorkbook();
    editPackage(entries, { remove: [], add: [{ spec: spec('KQ'), visibility: 'visible' }] });
    const once = decode(entries.get('xl/styles.xml'));
    editPackage(entries, { remove: ['KQ'], add: [{ spec: spec('KQ'), visibility: 'visible' }] });
    const twice = decode(entries.get('xl/styles.xml'));
    for (const block of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs']) {
      expect(new RegExp(`<${block} count="(\\d+)"`).exec(twice)![1]).toBe(new RegExp(`<${block} count="(\\d+)"`).exec(once)![1]);
    }
  });

  test('a workbook without views gets one; the active tab is never a hidden sheet; removing sheets asks for a full recalculation', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ẩn', { state: 'hidden' }).addRow(['x']);
    wb.addWorksheet('Cán bộ').addRow(['y']);
    wb.addWorksheet('Cũ').addRow(['z']);
    wb.views = [{ activeTab: 2 } as ExcelJS.WorkbookView];
    const entries = unzipEntries(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    let xml = decode(entries.get('xl/workbook.xml'));
    expect(xml).toMatch(/<workbookView\b/);
    // The clerk left the old results active (tab 2).
    expect(xml).toMatch(/activeTab="2"/);
    editPackage(entries, { remove: ['Cũ'], add: [{ spec: spec('KQ'), visibility: 'visible' }] });
    xml = decode(entries.get('xl/workbook.xml'));
    expect(xml).toMatch(/activeTab="1"/);
    expect(xml).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);

    const bare = unzipEntries(new Uint8Array((await new ExcelJS.Workbook().xlsx.writeBuffer()) as ArrayBuffer));
    expect(decode(bare.get('xl/workbook.xml'))).not.toContain('<bookViews');
    editPackage(bare, {
      remove: [],
      add: [
        { spec: spec('BinhXet_CaiDat'), visibility: 'veryHidden' },
        { spec: spec('KQ'), visibility: 'visible' },
      ],
    });
    const out = decode(bare.get('xl/workbook.xml'));
    expect(out).toMatch(/<bookViews><workbookView [^>]*activeTab="1"\/><\/bookViews><sheets>/);
  });

  test('style sheets written sparsely: a self-closing block, fewer than the two reserved fills', () => {
    const sparse =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="0"/><fonts count="1"><font><sz val="11"/></font></fonts>' +
      '<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';
    const { xml, index } = addStyles(sparse);
    expect(xml.match(/<fonts\b/g)).toHaveLength(1);
    expect(xml.match(/<numFmts\b/g)).toHaveLength(1);
    const fills = /<fills[^>]*>([\s\S]*?)<\/fills>/.exec(xml)![1];
    expect(fills.startsWith('<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>')).toBe(true);
    const headerXf = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1].matchAll(/<xf\b[^>]*>/g)][index.get('header')!][0];
    expect(Number(/fillId="(\d+)"/.exec(headerXf)![1])).toBeGreaterThanOrEqual(2);
  });

  test('a defined name written self-closing does not take the next one with it', async () => {
    const entries = await clerkWorkbook();
    let xml = decode(entries.get('xl/workbook.xml'));
    xml = xml.replace('<definedNames>', '<definedNames><definedName name="Trong" localSheetId="1"/><definedName name="GiuLai">\'Cán bộ\'!$A$1</definedName>');
    entries.set('xl/workbook.xml', new TextEncoder().encode(xml));
    editPackage(entries, { remove: ['Cũ của phần bổ trợ'], add: [] });
    const out = decode(entries.get('xl/workbook.xml'));
    expect(out).not.toContain('name="Trong"');
    expect(out).toContain('<definedName name="GiuLai">');
  });

  test('Strict XML is not edited in place (its results go to a new workbook)', async () => {
    const entries = await clerkWorkbook();
    expect(canEdit(entries)).toBe(true);
    const xml = decode(entries.get('xl/workbook.xml')).replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"');
    entries.set('xl/workbook.xml', new TextEncoder().encode(xml));
    expect(canEdit(entries)).toBe(false);
    expect(() => editPackage(entries, { remove: [], add: [] })).toThrow('package-not-editable');
  });
});

// ---------------------------------------------------------------------------------------
// Packages as Excel writes them, and the XML that regular expressions got wrong.

const mapOf = (o: BookOptions = {}): ZipEntries => {
  const m: ZipEntries = new Map();
  for (const e of bookEntries(o)) m.set(e.name, typeof e.data === 'string' ? new TextEncoder().encode(e.data) : e.data);
  return m;
};
const results = [
  { spec: spec('KQ', [1, 1]), visibility: 'visible' as const },
  { spec: spec('BinhXet_CaiDat'), visibility: 'veryHidden' as const },
];
/** The parts an edit must leave as they were. */
const untouched = (before: ZipEntries, after: ZipEntries) =>
  [...before.keys()].filter((k) => !['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'].includes(k) && decode(after.get(k)) !== decode(before.get(k)));
const element = (xml: string, name: string) => new RegExp(`<${name}\\b[\\s\\S]*?</${name}>`).exec(xml)?.[0];

describe('packages as Excel writes them', () => {
  test('the results join the sheets; Excel’s own elements (mc:AlternateContent, revision ids, extLst) stay where they were; nothing else changes', () => {
    const before = mapOf();
    const entries = mapOf();
    editPackage(entries, { remove: [], add: results });
    expect(untouched(before, entries)).toEqual([]);
    const wb = decode(entries.get('xl/workbook.xml'));
    expect(element(wb, 'sheets')).toBe(
      '<sheets><sheet name="Cán bộ" sheetId="1" r:id="rId1"/><sheet name="KQ" sheetId="2" r:id="rIdBx1"/><sheet name="BinhXet_CaiDat" sheetId="3" state="veryHidden" r:id="rIdBx2"/></sheets>',
    );
    expect(element(wb, 'definedNames')).toBe(
      `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'Cán bộ'!$1:$1</definedName><definedName name="_xlnm.Print_Titles" localSheetId="1">'KQ'!$1:$1</definedName></definedNames>`,
    );
    const order = ['<fileVersion', '<workbookPr', '<mc:AlternateContent', '<xr:revisionPtr', '<bookViews', '<sheets', '<definedNames', '<calcPr', '<extLst'].map((t) => wb.indexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(packageSheets(entries).map((s) => [s.name, s.part])).toEqual([
      ['Cán bộ', 'xl/worksheets/sheet1.xml'],
      ['KQ', 'xl/worksheets/sheet2.xml'],
      ['BinhXet_CaiDat', 'xl/worksheets/sheet3.xml'],
    ]);
    expect(decode(entries.get('[Content_Types].xml'))).toContain(
      '<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    );
  });

  test('single quotes and spaces around "=": the same sheets, ids and names read, new ids after the highest', () => {
    const requote = (x: string) => x.replace(/(<(?:sheet|Relationship|Override)\b[^>]*>)/g, (tag) => tag.replace(/ (\w+(?::\w+)?)="([^"]*)"/g, " $1 = '$2'"));
    const entries = mapOf({ workbook: (x) => requote(x).replace("sheetId = '1'", "sheetId = '7'"), rels: requote, types: requote });
    editPackage(entries, { remove: [], add: results });
    const wb = decode(entries.get('xl/workbook.xml'));
    expect(element(wb, 'sheets')).toBe(
      '<sheets><sheet name="Cán bộ" sheetId="7" r:id="rId1"/><sheet name="KQ" sheetId="8" r:id="rIdBx1"/><sheet name="BinhXet_CaiDat" sheetId="9" state="veryHidden" r:id="rIdBx2"/></sheets>',
    );
    expect(packageSheets(entries).map((s) => s.part)).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml']);
  });

  test('an XML comment holding "</sheets>" stays a comment; the results go into the real <sheets>', () => {
    const comment = '<!-- bản cũ: <sheets><sheet name="x" sheetId="1" r:id="rId1"/></sheets> -->';
    const entries = mapOf({ workbook: (x) => x.replace('<sheets>', `${comment}<sheets>`) });
    editPackage(entries, { remove: [], add: results });
    const wb = decode(entries.get('xl/workbook.xml'));
    expect(wb).toContain(`${comment}<sheets><sheet name="Cán bộ"`);
    expect(packageSheets(entries).map((s) => s.name)).toEqual(['Cán bộ', 'KQ', 'BinhXet_CaiDat']);
  });

  test('CDATA: kept as written, and read as the formula it holds when a removed sheet is named in it', () => {
    const entries = mapOf({
      sheets: [['Cũ', '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>']],
      workbook: (x) => x.replace('</definedNames>', '<definedName name="Giu"><![CDATA[\'Cán bộ\'!$A$1]]></definedName><definedName name="Bo"><![CDATA[Cũ!$A$1]]></definedName></definedNames>'),
    });
    editPackage(entries, { remove: ['Cũ'], add: results });
    const wb = decode(entries.get('xl/workbook.xml'));
    expect(wb).toContain('<definedName name="Giu"><![CDATA[\'Cán bộ\'!$A$1]]></definedName>');
    expect(wb).not.toContain('name="Bo"');
    expect(entries.has('xl/worksheets/sheet2.xml')).toBe(false);
    expect(packageSheets(entries).map((s) => [s.name, s.part])).toEqual([
      ['Cán bộ', 'xl/worksheets/sheet1.xml'],
      ['KQ', 'xl/worksheets/sheet3.xml'],
      ['BinhXet_CaiDat', 'xl/worksheets/sheet4.xml'],
    ]);
  });

  test('prefixed namespaces: the new elements take the prefixes the package uses', () => {
    const prefix = (x: string) =>
      x
        .replace(/<(\/?)([A-Za-z]+)([\s/>])/g, '<$1x:$2$3')
        .replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')
        .replace(/xmlns:r=/g, 'xmlns:rel=')
        .replace(/ r:id=/g, ' rel:id=');
    const entries = mapOf({ workbook: prefix });
    expect(canEdit(entries)).toBe(true);
    editPackage(entries, { remove: [], add: results });
    const wb = decode(entries.get('xl/workbook.xml'));
    expect(element(wb, 'x:sheets')).toBe(
      '<x:sheets><x:sheet name="Cán bộ" sheetId="1" rel:id="rId1"/><x:sheet name="KQ" sheetId="2" rel:id="rIdBx1"/><x:sheet name="BinhXet_CaiDat" sheetId="3" state="veryHidden" rel:id="rIdBx2"/></x:sheets>',
    );
    expect(wb).toContain(`<x:definedName name="_xlnm.Print_Titles" localSheetId="1">'KQ'!$1:$1</x:definedName>`);
    expect(packageSheets(entries).map((s) => s.name)).toEqual(['Cán bộ', 'KQ', 'BinhXet_CaiDat']);
  });

  test('a defined name of 160 000 characters is kept whole', () => {
    const long = `${"'Cán bộ'!$A$1,".repeat(11500)}'Cán bộ'!$A$2`;
    const entries = mapOf({ workbook: (x) => x.replace('</definedNames>', `<definedName name="Dai">${long}</definedName></definedNames>`) });
    editPackage(entries, { remove: [], add: results });
    expect(decode(entries.get('xl/workbook.xml'))).toContain(`<definedName name="Dai">${long}</definedName>`);
    expect(long.length).toBeGreaterThan(160000);
  });

  test('a workbook part in UTF-16 is written back in UTF-8, saying so', () => {
    const entries = mapOf();
    const xml = decode(entries.get('xl/workbook.xml')).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    entries.set('xl/workbook.xml', new Uint8Array([0xff, 0xfe, ...Buffer.from(xml, 'utf16le')]));
    editPackage(entries, { remove: [], add: results });
    const out = decode(entries.get('xl/workbook.xml'));
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
    expect(packageSheets(entries).map((s) => s.name)).toEqual(['Cán bộ', 'KQ', 'BinhXet_CaiDat']);
  });
});

describe('after every edit, the package is read back', () => {
  test('the sheets it lists must be the sheets expected and present, with their content types', () => {
    const entries = mapOf();
    editPackage(entries, { remove: [], add: results });
    expect(() => checkPackage(mapSource(entries), ['Cán bộ', 'KQ', 'BinhXet_CaiDat'])).not.toThrow();
    const inconsistent = (f: () => void) => {
      try {
        f();
      } catch (e) {
        return e instanceof PackageError ? [e.code, e.detail.listed ?? e.detail.sheet, e.detail.present] : String(e);
      }
      return 'accepted';
    };
    expect(inconsistent(() => checkPackage(mapSource(entries), ['Cán bộ', 'KQ']))).toEqual([
      'inconsistent',
      'Cán bộ, KQ, BinhXet_CaiDat',
      'xl/worksheets/sheet1.xml, xl/worksheets/sheet2.xml, xl/worksheets/sheet3.xml',
    ]);
    const lost = new Map(entries);
    lost.delete('xl/worksheets/sheet2.xml');
    expect(inconsistent(() => checkPackage(mapSource(lost)))).toEqual(['inconsistent', 'KQ', 'xl/worksheets/sheet1.xml, xl/worksheets/sheet3.xml']);
    const untyped = new Map(entries);
    untyped.set(
      '[Content_Types].xml',
      new TextEncoder().encode(
        decode(entries.get('[Content_Types].xml'))
          .replace(/<Default Extension="xml"[^>]*>/, '')
          .replace(/<Override PartName="\/xl\/worksheets\/sheet3.xml"[^>]*>/, ''),
      ),
    );
    expect(inconsistent(() => checkPackage(mapSource(untyped)))[0]).toBe('inconsistent');
  });

  test('the bytes written, read again from the zip: a sheet listed whose part is missing is refused', async () => {
    const entries = mapOf();
    editPackage(entries, { remove: [], add: results });
    expect(() => verifySaved(zipSync(Object.fromEntries(entries)), ['Cán bộ', 'KQ', 'BinhXet_CaiDat'])).not.toThrow();
    entries.delete('xl/worksheets/sheet3.xml');
    expect(() => verifySaved(zipSync(Object.fromEntries(entries)), ['Cán bộ', 'KQ', 'BinhXet_CaiDat'])).toThrow(PackageError);
  });
});
