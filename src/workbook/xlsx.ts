/**
 * The .xlsx adapter: ExcelJS at the edge, the pipeline's plain grids and sheet specs
 * inside. Works on bytes, not files, so the command line (Node) and the browser preview
 * share it; the caller does the file I/O.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellValue, SheetGrid, SheetInfo, SheetSpec, SheetVisibility } from '../sheets/grid';
import { cellAddress, parseRange } from '../sheets/grid';
import { STYLES, type CellStyle } from '../sheets/styles';
import { settingsFromCells, settingsToCells, type StoredSettings } from '../pipeline/settings';
import { uniqueSheetName } from './sheet-names';
import { sheetXml } from './sheet-xml';
import { fflateZip, unzipEntries, type ZipWriter } from './zip';
import { ownedAfterWrite, SETTINGS_SHEET, type WorkbookPort, type WriteOptions, type WriteReport } from './port';

const MS_PER_DAY = 86400000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const EPOCH_1900 = 25569;

function dateToSerial(d: Date, date1904: boolean): number {
  const serial = d.getTime() / MS_PER_DAY + EPOCH_1900;
  return date1904 ? serial - 1462 : serial;
}

/** Fonts that mean the text is in a legacy Vietnamese encoding (TCVN3 ".VnTime", "VNI-Times"). */
const LEGACY_FONT = /^(\.vn|vni[-\s])/i;

function plainValue(v: ExcelJS.CellValue, date1904: boolean): { value: CellValue; formula: boolean } {
  if (v === null || v === undefined) return { value: null, formula: false };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v, formula: false };
  if (v instanceof Date) return { value: dateToSerial(v, date1904), formula: false };
  const o = v as unknown as Record<string, unknown>;
  if ('error' in o) return { value: { error: String(o.error) }, formula: false };
  if ('richText' in o && Array.isArray(o.richText)) {
    return { value: (o.richText as { text: string }[]).map((r) => r.text).join(''), formula: false };
  }
  if ('formula' in o || 'sharedFormula' in o) {
    const inner = plainValue((o.result ?? null) as ExcelJS.CellValue, date1904).value;
    return { value: inner, formula: true };
  }
  if ('text' in o) return { value: String(o.text ?? ''), formula: false };
  return { value: null, formula: false };
}

function visibilityOf(ws: ExcelJS.Worksheet): SheetVisibility {
  return ws.state === 'veryHidden' ? 'veryHidden' : ws.state === 'hidden' ? 'hidden' : 'visible';
}

/** One worksheet → its grid. Merged cells other than the top-left read as empty, as in Excel. */
export function worksheetToGrid(ws: ExcelJS.Worksheet, date1904 = false): SheetGrid {
  const rows: CellValue[][] = [];
  const formulaCells: string[] = [];
  let fonts: (string | null)[][] | undefined;
  let maxCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const { value, formula } = plainValue(cell.value, date1904);
      out[c - 1] = value;
      if (formula) formulaCells.push(cellAddress(r - 1, c - 1));
      const font = cell.font?.name;
      if (font && LEGACY_FONT.test(font)) {
        fonts ??= [];
        (fonts[r - 1] ??= [])[c - 1] = font;
      }
    });
    if (out.length > maxCol) maxCol = out.length;
    rows[r - 1] = out;
  });
  const values: CellValue[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const src = rows[r] ?? [];
    const line: CellValue[] = new Array(maxCol);
    for (let c = 0; c < maxCol; c++) line[c] = src[c] ?? null;
    values[r] = line;
  }
  if (fonts) {
    for (let r = 0; r < values.length; r++) {
      const f = fonts[r] ?? [];
      fonts[r] = Array.from({ length: maxCol }, (_, c) => f[c] ?? null);
    }
  }
  const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).slice();
  return {
    name: ws.name,
    visibility: visibilityOf(ws),
    values,
    top: 0,
    left: 0,
    merges,
    formulaCells,
    ...(fonts ? { fonts } : {}),
  };
}

/** Parts of a workbook that ExcelJS does not carry through a save: they would be lost. */
export interface LossyParts {
  found: ('charts' | 'pivot-tables' | 'data-validation' | 'custom-xml' | 'macros' | 'slicers' | 'external-links' | 'form-controls')[];
}

/** Looks inside the package for what ExcelJS would drop when saving a copy. */
export async function findLossyParts(data: ArrayBuffer | Uint8Array): Promise<LossyParts> {
  const zip = await JSZip.loadAsync(data);
  const names = Object.keys(zip.files);
  const found = new Set<LossyParts['found'][number]>();
  const has = (re: RegExp) => names.some((n) => re.test(n));
  if (has(/^xl\/charts\//)) found.add('charts');
  if (has(/^xl\/pivot(Tables|Cache)\//)) found.add('pivot-tables');
  if (has(/^customXml\//)) found.add('custom-xml');
  if (has(/vbaProject\.bin$/)) found.add('macros');
  if (has(/^xl\/(slicers|slicerCaches|timelines)\//)) found.add('slicers');
  if (has(/^xl\/externalLinks\//)) found.add('external-links');
  if (has(/^xl\/ctrlProps\//)) found.add('form-controls');
  for (const n of names.filter((x) => /^xl\/worksheets\/sheet\d+\.xml$/.test(x))) {
    const xml = await zip.files[n].async('string');
    if (xml.includes('<dataValidation') || xml.includes('x14:dataValidation')) {
      found.add('data-validation');
      break;
    }
  }
  return { found: [...found] };
}

/** Every sheet's grid, for tests and the preview. */
export async function readXlsxGrids(data: ArrayBuffer | Uint8Array): Promise<SheetGrid[]> {
  const wb = await XlsxWorkbook.open(data);
  const names = (await wb.sheets()).map((s) => s.name);
  return wb.read(names);
}

const argb = (hex: string) => 'FF' + hex.replace('#', '').toUpperCase();

function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.font) {
    out.font = {
      name: style.font.name,
      size: style.font.size,
      bold: style.font.bold,
      italic: style.font.italic,
      underline: style.font.underline,
      ...(style.font.color ? { color: { argb: argb(style.font.color) } } : {}),
    };
  }
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.align || style.valign || style.wrap) out.alignment = { horizontal: style.align, vertical: style.valign, wrapText: style.wrap };
  if (style.border) {
    const thin = { style: 'thin' as const };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.numberFormat) out.numFmt = style.numberFormat;
  return out;
}

/**
 * One ExcelJS style object per style id, shared by every cell that has it: ExcelJS keys its
 * style registry by object identity, so a shared object is registered once instead of
 * being compared field by field for each of a million cells. Never mutated after creation.
 */
const SHARED_STYLES = new Map<string, Partial<ExcelJS.Style>>();
function sharedStyle(id: keyof typeof STYLES): Partial<ExcelJS.Style> {
  let s = SHARED_STYLES.get(id);
  if (!s) {
    s = Object.freeze(excelStyle(STYLES[id])) as Partial<ExcelJS.Style>;
    SHARED_STYLES.set(id, s);
  }
  return s;
}

/**
 * The ExcelJS stand-in for a sheet written as XML at save time: one cell per style (so the
 * styles are registered in styles.xml) and the page setup (so the print titles are defined).
 */
function placeholder(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  STYLE_IDS.forEach((id, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = 0;
    cell.style = sharedStyle(id);
  });
  if (spec.print?.repeatRows) ws.pageSetup = { printTitlesRow: `${spec.print.repeatRows[0]}:${spec.print.repeatRows[1]}` };
}

/** Style ids in a fixed order: row i of a placeholder sheet carries style i (see `save`). */
const STYLE_IDS = Object.keys(STYLES) as (keyof typeof STYLES)[];

/** The grid of a sheet written from a spec, as `read` would give it after a save. */
function specToGrid(spec: SheetSpec): SheetGrid {
  const values = spec.rows.map((r) => r.map((c) => (c.v === '' ? null : c.v)));
  while (values.length && values[values.length - 1].every((v) => v === null)) values.pop();
  return { name: spec.name, visibility: 'visible', top: 0, left: 0, merges: spec.merges.slice(), values };
}

/** Sheet name → part path ("xl/worksheets/sheet3.xml"), from workbook.xml and its relationships. */
function sheetParts(workbook: string, rels: string): Map<string, string> {
  const unescape = (x: string) => x.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    if (name !== undefined && rid && targets.has(rid)) parts.set(unescape(name), targets.get(rid)!);
  }
  return parts;
}

export class XlsxWorkbook implements WorkbookPort {
  /**
   * Sheets the add-in wrote, by name: in the ExcelJS workbook they are placeholders (one
   * styled cell per style, the page setup for the print titles), and `save` puts the
   * sheet's own XML in their place. ExcelJS's cell model costs seconds per million cells.
   */
  private readonly written = new Map<string, SheetSpec>();

  private constructor(private readonly wb: ExcelJS.Workbook) {}

  static async open(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as ArrayBuffer);
    return new XlsxWorkbook(wb);
  }

  /** An empty workbook, for results written apart from an input ExcelJS cannot carry. */
  static create(): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook());
  }

  /** The workbook's "modified" property (and "created" for a new workbook) set to `at`. */
  stamp(at: Date): void {
    if (!this.wb.worksheets.some((w) => !this.written.has(w.name) && w.name !== SETTINGS_SHEET)) this.wb.created = at;
    this.wb.modified = at;
  }

  private get date1904(): boolean {
    return Boolean((this.wb.properties as { date1904?: boolean }).date1904);
  }

  async sheets(): Promise<SheetInfo[]> {
    return this.wb.worksheets.map((ws) => ({ name: ws.name, visibility: visibilityOf(ws) }));
  }

  async read(names: string[]): Promise<SheetGrid[]> {
    return names.flatMap((n) => {
      const spec = this.written.get(n);
      if (spec) return [{ ...specToGrid(spec), name: n }];
      const ws = this.wb.getWorksheet(n);
      return ws ? [worksheetToGrid(ws, this.date1904)] : [];
    });
  }

  async getSettings(): Promise<StoredSettings | null> {
    const ws = this.wb.getWorksheet(SETTINGS_SHEET);
    if (!ws) return null;
    return settingsFromCells(worksheetToGrid(ws).values);
  }

  /**
   * Replaces the add-in's own sheets with the new ones. The workbook object is changed in
   * memory only; nothing reaches a file until the caller saves, so a failure here leaves
   * the file on disk as it was.
   */
  async write(specs: SheetSpec[], settings: StoredSettings, options: WriteOptions): Promise<WriteReport> {
    const removed: string[] = [];
    const replace = new Set(options.replace);
    for (const ws of [...this.wb.worksheets]) {
      if (replace.has(ws.name) && ws.name !== SETTINGS_SHEET) {
        this.wb.removeWorksheet(ws.id);
        this.written.delete(ws.name);
        removed.push(ws.name);
      }
    }
    const taken = new Set(this.wb.worksheets.map((w) => w.name.toLowerCase()));
    const written: string[] = [];
    specs.forEach((spec, i) => {
      const name = uniqueSheetName(spec.name, taken);
      placeholder(this.wb.addWorksheet(name), spec);
      this.written.set(name, spec);
      written.push(name);
      options.onProgress?.(i + 1, specs.length, name);
    });
    let settingsWs = this.wb.getWorksheet(SETTINGS_SHEET);
    if (settingsWs) this.wb.removeWorksheet(settingsWs.id);
    settingsWs = this.wb.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
    settingsToCells({ ...settings, ownedSheets: ownedAfterWrite(settings.ownedSheets, options.replace, specs, written) }).forEach((row, r) => {
      settingsWs!.getCell(r + 1, 1).value = row[0];
    });
    return { written, removed, notes: [] };
  }

  /**
   * The workbook as .xlsx bytes. ExcelJS writes the clerk's sheets and the placeholders;
   * each placeholder's part is then replaced by its sheet's own XML, and `zip` packs the
   * parts (fflate by default; the command line passes Node's native zlib).
   */
  async save(zip: ZipWriter = fflateZip): Promise<Uint8Array> {
    if (!this.written.size && zip === fflateZip) return new Uint8Array((await this.wb.xlsx.writeBuffer()) as ArrayBuffer);
    // Stored, not deflated: the parts are unpacked again at once and packed by `zip`.
    const buf = new Uint8Array((await this.wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions)) as ArrayBuffer);
    const entries = unzipEntries(buf);
    const text = (part: string) => new TextDecoder().decode(entries.get(part));
    const parts = sheetParts(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
    const encoder = new TextEncoder();
    for (const [name, spec] of this.written) {
      const part = parts.get(name);
      if (!part || !entries.has(part)) throw new Error(`sheet part of "${name}" not found`);
      // The placeholder's row i holds style i: its "s" attribute is that style's index in styles.xml.
      const index = new Map<string, number>();
      for (const m of text(part).matchAll(/<c r="A(\d+)" s="(\d+)"/g)) index.set(STYLE_IDS[Number(m[1]) - 1], Number(m[2]));
      entries.set(part, encoder.encode(sheetXml({ ...spec, name }, (id) => index.get(id) ?? 0)));
    }
    return zip(entries);
  }

  /** The range of a written sheet's cells, for tests that read results back. */
  cellText(sheet: string, a1: string): string | null {
    const spec = this.written.get(sheet);
    if (spec) {
      const { top, left } = parseRange(a1);
      const v = spec.rows[top]?.[left]?.v;
      return v === null || v === undefined || v === '' ? null : String(v);
    }
    const ws = this.wb.getWorksheet(sheet);
    if (!ws) return null;
    const { top, left } = parseRange(a1);
    const v = ws.getCell(top + 1, left + 1).value;
    return v === null || v === undefined ? null : String(v);
  }
}
