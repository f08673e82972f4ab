/**
 * The .xlsx adapter: ExcelJS at the edge, the pipeline's plain grids and sheet specs
 * inside. Works on bytes, not files, so the command line (Node) and the browser preview
 * share it; the caller does the file I/O.
 */
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid, SheetInfo, SheetSpec, SheetVisibility } from '../sheets/grid';
import { cellAddress, parseRange } from '../sheets/grid';
import { STYLES, type CellStyle } from '../sheets/styles';
import { type StoredSettings } from '../domain/settings';
import { settingsFromCells } from './settings-store';
import { planWrite } from './write-plan';
import { canEdit, editPackage } from './package';
import { encodingOfFont } from '../text/legacy';
import { fflateZip, unzipEntries, type ZipWriter } from './zip';
import { SETTINGS_SHEET, type WorkbookPort, type WriteOptions, type WriteReport } from './port';

const MS_PER_DAY = 86400000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const EPOCH_1900 = 25569;

function dateToSerial(d: Date, date1904: boolean): number {
  const serial = d.getTime() / MS_PER_DAY + EPOCH_1900;
  return date1904 ? serial - 1462 : serial;
}


/** Excel writes some characters as "_xHHHH_" (ST_Xstring); ExcelJS leaves them so. */
const unescapeOoxml = (s: string): string => (s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s);

function plainValue(v: ExcelJS.CellValue, date1904: boolean): { value: CellValue; formula: boolean } {
  if (v === null || v === undefined) return { value: null, formula: false };
  if (typeof v === 'string') return { value: unescapeOoxml(v), formula: false };
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v, formula: false };
  if (v instanceof Date) return { value: dateToSerial(v, date1904), formula: false };
  const o = v as unknown as Record<string, unknown>;
  if ('error' in o) return { value: { error: String(o.error) }, formula: false };
  if ('richText' in o && Array.isArray(o.richText)) {
    return { value: unescapeOoxml((o.richText as { text: string }[]).map((r) => r.text).join('')), formula: false };
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
      if (font && encodingOfFont(font)) {
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

/**
 * Parts of a workbook that a library rewriting it would drop (ExcelJS does). The adapter
 * edits the package instead, so they are kept; the command line names them, and macros
 * send the results apart when the output is an .xlsx.
 */
export interface LossyParts {
  found: ('charts' | 'pivot-tables' | 'data-validation' | 'custom-xml' | 'macros' | 'slicers' | 'external-links' | 'form-controls')[];
}

/** Looks inside the package for charts, pivot tables, data validation, macros… */
export async function findLossyParts(data: ArrayBuffer | Uint8Array): Promise<LossyParts> {
  const entries = unzipEntries(data instanceof Uint8Array ? data : new Uint8Array(data));
  const names = [...entries.keys()];
  const found = new Set<LossyParts['found'][number]>();
  const has = (re: RegExp) => names.some((n) => re.test(n));
  if (has(/^xl\/charts\//)) found.add('charts');
  if (has(/^xl\/pivot(Tables|Cache)\//)) found.add('pivot-tables');
  if (has(/^customXml\//)) found.add('custom-xml');
  if (has(/vbaProject\.bin$/)) found.add('macros');
  if (has(/^xl\/(slicers|slicerCaches|timelines)\//)) found.add('slicers');
  if (has(/^xl\/externalLinks\//)) found.add('external-links');
  if (has(/^xl\/ctrlProps\//)) found.add('form-controls');
  const decoder = new TextDecoder();
  for (const n of names.filter((x) => /^xl\/worksheets\/sheet\d+\.xml$/.test(x))) {
    const xml = decoder.decode(entries.get(n));
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

/** The grid of a sheet written from a spec, as `read` would give it after a save. */
function specToGrid(spec: SheetSpec): SheetGrid {
  const values = spec.rows.map((r) => r.map((c) => (c.v === '' ? null : c.v)));
  while (values.length && values[values.length - 1].every((v) => v === null)) values.pop();
  return { name: spec.name, visibility: 'visible', top: 0, left: 0, merges: spec.merges.slice(), values };
}

/**
 * The .xlsx adapter. ExcelJS reads the clerk's workbook into grids; writing never goes
 * through ExcelJS: the package is edited (src/workbook/package.ts), so every part the clerk
 * had (charts, pivot tables, data validation, custom XML…) stays byte for byte, and the
 * add-in's sheets are written as XML parts of their own.
 */
export class XlsxWorkbook implements WorkbookPort {
  /** Sheets the add-in wrote in this session, by name, in order; not in the package yet. */
  private readonly written = new Map<string, { spec: SheetSpec; visibility: SheetVisibility }>();
  /** Sheets of the package taken out in this session. */
  private readonly removed = new Set<string>();
  private modified?: Date;

  private constructor(
    private readonly wb: ExcelJS.Workbook,
    /** The package as it came (an empty workbook for `create`). */
    private readonly original: Uint8Array,
  ) {}

  static async open(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    return new XlsxWorkbook(wb, bytes);
  }

  /** An empty workbook, for results of several files reviewed as one agency. */
  static async create(): Promise<XlsxWorkbook> {
    const empty = new ExcelJS.Workbook();
    return new XlsxWorkbook(empty, new Uint8Array((await empty.xlsx.writeBuffer()) as ArrayBuffer));
  }

  /** Whether results can be written into a copy of this workbook (false: a new workbook holds them). */
  get editable(): boolean {
    return canEdit(unzipEntries(this.original));
  }

  /** The workbook's "modified" stamp, set to `at` when saved. */
  stamp(at: Date): void {
    this.modified = at;
  }

  private get date1904(): boolean {
    return Boolean((this.wb.properties as { date1904?: boolean }).date1904);
  }

  async sheets(): Promise<SheetInfo[]> {
    const kept = this.wb.worksheets.filter((ws) => !this.removed.has(ws.name)).map((ws) => ({ name: ws.name, visibility: visibilityOf(ws) }));
    return [...kept, ...[...this.written].map(([name, w]) => ({ name, visibility: w.visibility }))];
  }

  async read(names: string[]): Promise<SheetGrid[]> {
    return names.flatMap((n) => {
      const w = this.written.get(n);
      if (w) return [{ ...specToGrid(w.spec), name: n, visibility: w.visibility }];
      const ws = this.removed.has(n) ? undefined : this.wb.getWorksheet(n);
      return ws ? [worksheetToGrid(ws, this.date1904)] : [];
    });
  }

  async getSettings(): Promise<StoredSettings | null> {
    const [grid] = await this.read([SETTINGS_SHEET]);
    return grid ? settingsFromCells(grid.values) : null;
  }

  /**
   * Replaces the add-in's own sheets with the new ones, in memory: nothing reaches a file
   * until the caller saves, so a failure here leaves the file on disk as it was.
   */
  async write(specs: SheetSpec[], settings: StoredSettings, options: WriteOptions): Promise<WriteReport> {
    const current = (await this.sheets()).map((s) => s.name);
    const plan = planWrite(current, specs, settings, options.replace);
    plan.sheets.forEach((s, i) => options.onProgress?.(i + 1, specs.length, s.name));
    const settingsSpec: SheetSpec = { name: plan.settings.name, rows: plan.settings.cells.map((r) => [{ v: r[0] }]), widths: [], merges: [] };
    // Only now, with every sheet planned, does the workbook change.
    for (const n of [...plan.remove, ...current.filter((x) => x === SETTINGS_SHEET)]) {
      if (this.written.has(n)) this.written.delete(n);
      else this.removed.add(n);
    }
    for (const spec of plan.sheets) this.written.set(spec.name, { spec, visibility: 'visible' });
    this.written.set(SETTINGS_SHEET, { spec: settingsSpec, visibility: 'veryHidden' });
    return { written: plan.written, removed: plan.remove, notes: [] };
  }

  /**
   * The workbook as .xlsx bytes: the original package with the removed sheets taken out
   * and the written ones added; `zip` packs the parts (fflate by default; the command line
   * passes Node's native zlib).
   */
  async save(zip: ZipWriter = fflateZip): Promise<Uint8Array> {
    if (!this.written.size && !this.removed.size && !this.modified) return this.original.slice();
    let entries = unzipEntries(this.original);
    // A package written in a form not edited here (prefixed or Strict XML): the results alone.
    const inPlace = canEdit(entries);
    if (!inPlace) entries = unzipEntries(new Uint8Array((await new ExcelJS.Workbook().xlsx.writeBuffer()) as ArrayBuffer));
    // The settings sheet goes last, after the results.
    const adds = [...this.written].sort(([a], [b]) => Number(a === SETTINGS_SHEET) - Number(b === SETTINGS_SHEET));
    editPackage(entries, {
      remove: inPlace ? [...this.removed] : [],
      add: adds.map(([, w]) => w),
      ...(this.modified ? { modified: this.modified } : {}),
    });
    return zip(entries);
  }

  /** The text of a cell, for tests that read results back. */
  cellText(sheet: string, a1: string): string | null {
    const { top, left } = parseRange(a1);
    const w = this.written.get(sheet);
    if (w) {
      const v = w.spec.rows[top]?.[left]?.v;
      return v === null || v === undefined || v === '' ? null : String(v);
    }
    const ws = this.removed.has(sheet) ? undefined : this.wb.getWorksheet(sheet);
    if (!ws) return null;
    const v = ws.getCell(top + 1, left + 1).value;
    return v === null || v === undefined ? null : String(v);
  }
}
