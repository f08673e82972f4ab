/**
 * The .xlsx adapter: the clerk's package read straight into the pipeline's plain grids,
 * and written back as the same package with the add-in's sheets added or replaced. Works on
 * bytes, not files, so the command line (Node) and the browser preview share it; the caller
 * does the file I/O.
 *
 * Memory stays bounded: the package is opened without inflating anything; each part is
 * inflated once, when first needed, within the limits of src/ooxml/zip-read.ts; sheets
 * are read streaming into sparse grids (src/workbook/sheet-read.ts); writing copies the
 * clerk's parts compressed as they were and compresses the new ones one at a time.
 */
import type { SheetGrid, SheetInfo, SheetSpec, SheetVisibility } from '../sheets/grid';
import { parseRange } from '../sheets/grid';
import { type StoredSettings } from '../domain/settings';
import { settingsFromCells } from './settings-store';
import { planWrite } from './write-plan';
import { canEditSource, checkPackage, describePackage, planEdit, type PackageChanges, type PackageInfo, type PartSource } from './package';
import { PackageError } from '../ooxml/package-error';
import { newBudget, readSharedStrings, readWorksheet, styleInfo, type Budget, type StyleInfo } from './sheet-read';
import { newXmlBudget, parseXmlBytes, XML_TREE_LIMITS, type XmlDocument } from '../ooxml/xml';
import { DEFAULT_LIMITS, ZipReader, type ByteSource, type NativeInflate, type ZipLimits } from '../ooxml/zip-read';
import { fflateCompressor, memorySink, writeZip, type Compressor, type OutPart, type ZipSink } from '../ooxml/zip-write';
import { SETTINGS_SHEET, type WorkbookPort, type WriteOptions, type WriteReport } from './port';

export interface OpenOptions {
  /** The file's name, for the messages of errors found later (a sheet too large…). */
  name?: string;
  limits?: ZipLimits;
  /** Slots all the grids of this workbook may hold (sheet-read.ts). */
  cellBudget?: number;
  /** An inflater that works beside the reading (the command line's, on Node's zlib). */
  native?: NativeInflate;
}

/**
 * Parts of a workbook that a library rewriting it would drop (ExcelJS does). The adapter
 * edits the package instead, so they are kept; the command line names them, and macros
 * send the results apart when the output is an .xlsx.
 */
export interface LossyParts {
  found: ('charts' | 'pivot-tables' | 'data-validation' | 'custom-xml' | 'macros' | 'slicers' | 'external-links' | 'form-controls')[];
}

/** The workbook part's content type for each kind of file written (ECMA-376 Part 1 §12.3.23 and Excel's macro-enabled type). */
const WORKBOOK_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
} as const;

/** The settings sheet, in any case ("BINHXET_CAIDAT"): Excel takes sheet names ignoring case, so there can be only one. */
const isSettingsSheet = (name: string) => name.toLowerCase() === SETTINGS_SHEET.toLowerCase();

/** An open package: its parts parsed at most once. */
class OpenPackage implements PartSource {
  private readonly parsed = new Map<string, XmlDocument>();
  readonly budget = newXmlBudget();
  constructor(readonly zip: ZipReader) {}
  names(): string[] {
    return this.zip.names();
  }
  resolve(name: string): string | undefined {
    return this.zip.entry(name)?.name;
  }
  xml(name: string): XmlDocument {
    const stored = this.resolve(name);
    if (!stored) throw new PackageError('corrupt-part', { part: name, reason: 'missing' });
    let doc = this.parsed.get(stored);
    if (!doc) this.parsed.set(stored, (doc = parseXmlBytes(this.zip.read(stored, XML_TREE_LIMITS.maxPartBytes), stored, this.budget)));
    return doc;
  }
}

/** An empty workbook: the parts a package needs before the add-in's sheets are added. */
const EMPTY_PACKAGE: [string, string][] = [
  [
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
  ],
  [
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
  ],
  [
    'docProps/app.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>',
  ],
  [
    'docProps/core.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>binh-xet</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">1980-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>',
  ],
  [
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><sheets/><calcPr calcId="191029"/></workbook>',
  ],
  ['xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'],
];

/** The grid of a sheet written from a spec, as `read` would give it after a save. */
function specToGrid(spec: SheetSpec): SheetGrid {
  const values = spec.rows.map((r) => {
    const row = r.map((c) => (c.v === '' ? null : c.v));
    let n = row.length;
    while (n > 0 && row[n - 1] === null) n--;
    row.length = n;
    return row;
  });
  while (values.length && values[values.length - 1].length === 0) values.pop();
  return { name: spec.name, visibility: 'visible', top: 0, left: 0, merges: spec.merges.slice(), values };
}

/**
 * The .xlsx adapter. Reading needs no library beyond the XML parser; writing edits the
 * package (src/workbook/package.ts), so every part the clerk had (charts, pivot tables,
 * data validation, custom XML…) stays byte for byte, and the add-in's sheets are written as
 * XML parts of their own.
 */
export class XlsxWorkbook implements WorkbookPort {
  /** Sheets the add-in wrote in this session, by name, in order; not in the package yet. */
  private readonly written = new Map<string, { spec: SheetSpec; visibility: SheetVisibility }>();
  /** Sheets of the package taken out in this session. */
  private readonly removed = new Set<string>();
  private modified?: Date;
  private readonly grids = new Map<string, SheetGrid>();
  /** Budget slots each cached grid holds. */
  private readonly cost = new Map<string, number>();
  private readonly validation = new Set<string>();
  private sst?: string[];
  private styles?: StyleInfo;
  private readonly budget: Budget;
  private readonly name?: string;

  private constructor(
    private readonly pkg: OpenPackage,
    private readonly info: PackageInfo,
    /** The package as it came (an empty workbook for `create`). */
    private readonly original: Uint8Array,
    options: OpenOptions,
  ) {
    this.budget = newBudget(options.cellBudget);
    this.name = options.name;
  }

  /** Errors of the package name its file. */
  private named<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      if (e instanceof PackageError && this.name) e.inFile(this.name);
      throw e;
    }
  }

  /**
   * Opens a package: its directory checked, its workbook, relationships and sheets found.
   * Throws a PackageError (not a zip, corrupt, no workbook, a limit…) that names the part.
   */
  static async open(data: ArrayBuffer | Uint8Array, options: OpenOptions = {}): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    try {
      const zip = ZipReader.open(bytes, options.limits ?? DEFAULT_LIMITS);
      zip.native = options.native;
      const pkg = new OpenPackage(zip);
      return new XlsxWorkbook(pkg, describePackage(pkg), bytes, options);
    } catch (e) {
      if (e instanceof PackageError && options.name) e.inFile(options.name);
      throw e;
    }
  }

  /**
   * A workbook holding `grids` as the clerk's own sheets (a CSV read as text): every cell
   * written as a value, text as text, so nothing in it is ever a formula.
   */
  static async fromGrids(grids: SheetGrid[], options: OpenOptions = {}): Promise<XlsxWorkbook> {
    const wb = await XlsxWorkbook.create();
    for (const g of grids) {
      // An error value (none comes from a CSV) is written as its text.
      const rows = g.values.map((r) => r.map((v) => ({ v: v === undefined ? null : typeof v === 'object' && v !== null ? v.error : v })));
      wb.written.set(g.name, { spec: { name: g.name, rows, widths: [], merges: g.merges.slice() }, visibility: g.visibility });
    }
    return XlsxWorkbook.open(await wb.save(), options);
  }

  /** An empty workbook, for results of several files reviewed as one agency. */
  static async create(): Promise<XlsxWorkbook> {
    const encoder = new TextEncoder();
    const sink = memorySink();
    await writeZip(
      EMPTY_PACKAGE.map(([name, xml]) => ({ name, data: encoder.encode(xml) })),
      sink,
      fflateCompressor,
    );
    return XlsxWorkbook.open(sink.bytes());
  }

  private editableCache?: boolean;
  /** Whether results can be written into a copy of this workbook (false: a new workbook holds them). */
  get editable(): boolean {
    return (this.editableCache ??= this.named(() => canEditSource(this.pkg)));
  }

  /** The workbook's "modified" stamp, set to `at` when saved. */
  stamp(at: Date): void {
    this.modified = at;
  }

  async sheets(): Promise<SheetInfo[]> {
    const kept = this.info.sheets.filter((s) => !this.removed.has(s.name)).map((s) => ({ name: s.name, visibility: s.visibility }));
    return [...kept, ...this.writtenInOrder().map(([name, w]) => ({ name, visibility: w.visibility }))];
  }

  /** The sheets written in this session, the settings sheet last (after the results). */
  private writtenInOrder(): [string, { spec: SheetSpec; visibility: SheetVisibility }][] {
    return [...this.written].sort(([a], [b]) => Number(isSettingsSheet(a)) - Number(isSettingsSheet(b)));
  }

  /** Each sheet's grid, read from its part the first time it is asked for. */
  async read(names: string[]): Promise<SheetGrid[]> {
    const out: SheetGrid[] = [];
    for (const n of names) {
      const w = this.written.get(n);
      if (w) out.push({ ...specToGrid(w.spec), name: n, visibility: w.visibility });
      else if (!this.removed.has(n)) {
        const grid = await this.grid(n);
        if (grid) out.push(grid);
      }
    }
    return out;
  }

  /** Sheets being read now: a reading that hands the thread back (the preview's) may be asked for the same sheet twice meanwhile. */
  private readonly reading = new Map<string, Promise<SheetGrid | undefined>>();

  private async grid(name: string): Promise<SheetGrid | undefined> {
    const under = this.reading.get(name);
    if (under) return under;
    const read = this.readGrid(name);
    this.reading.set(name, read);
    try {
      return await read;
    } catch (e) {
      if (e instanceof PackageError && this.name) e.inFile(this.name);
      throw e;
    } finally {
      this.reading.delete(name);
    }
  }

  private async readGrid(name: string): Promise<SheetGrid | undefined> {
    const cached = this.grids.get(name);
    if (cached) return cached;
    const s = this.info.sheets.find((x) => x.name === name);
    if (!s) return undefined;
    let grid: SheetGrid;
    if (s.kind !== 'worksheet') {
      // A chart sheet (or a dialog or macro sheet) has no cells.
      grid = { name, visibility: s.visibility, values: [], top: 0, left: 0, merges: [], formulaCells: [] };
    } else {
      this.styles ??= styleInfo(this.info.stylesPart ? this.pkg.xml(this.info.stylesPart) : undefined);
      // The shared strings first (once): the sheet's cells point into them as they stream by.
      this.sst ??= await (this.sstReading ??= this.sharedStrings());
      const sst = this.sst;
      const before = this.budget.cells;
      const read = await readWorksheet((onChunk) => this.pkg.zip.inflateAsync(s.part, onChunk), {
        name,
        visibility: s.visibility,
        part: s.part,
        sharedStrings: () => sst,
        styles: this.styles,
        date1904: this.info.date1904,
        budget: this.budget,
      });
      grid = read.grid;
      this.cost.set(name, before - this.budget.cells);
      if (read.dataValidation) this.validation.add(name);
    }
    this.grids.set(name, grid);
    return grid;
  }

  /** The shared strings being read (once, whoever asks first). */
  private sstReading?: Promise<string[]>;

  private async sharedStrings(): Promise<string[]> {
    const part = this.info.sharedStringsPart;
    return part ? readSharedStrings((onChunk) => this.pkg.zip.inflateAsync(part, onChunk), part) : [];
  }

  /**
   * Lets go of the grids read so far (the review has its own records by then): memory for
   * the writing. A sheet asked for again is read from its part again.
   */
  releaseGrids(): void {
    for (const [name, cells] of this.cost) {
      this.grids.delete(name);
      this.budget.cells += cells;
    }
    this.cost.clear();
    this.sst = undefined;
    this.sstReading = undefined;
  }

  /** The settings sheet as the workbook spells it: sheet names are matched ignoring case, as Excel does. */
  private async settingsName(): Promise<string | undefined> {
    return (await this.sheets()).map((s) => s.name).find(isSettingsSheet);
  }

  async getSettings(): Promise<StoredSettings | null> {
    const name = await this.settingsName();
    if (!name) return null;
    const [grid] = await this.read([name]);
    return grid ? settingsFromCells(grid.values) : null;
  }

  /** Charts, pivot tables, data validation, macros… found in the package (every worksheet is read for data validation, once). */
  async lossyParts(): Promise<LossyParts> {
    const names = this.pkg.names();
    const found = new Set<LossyParts['found'][number]>();
    const has = (re: RegExp) => names.some((n) => re.test(n));
    if (has(/^xl\/charts\//i)) found.add('charts');
    if (has(/^xl\/pivot(Tables|Cache)\//i)) found.add('pivot-tables');
    if (has(/^customXml\//i)) found.add('custom-xml');
    if (has(/vbaProject\.bin$/i)) found.add('macros');
    if (has(/^xl\/(slicers|slicerCaches|timelines)\//i)) found.add('slicers');
    if (has(/^xl\/externalLinks\//i)) found.add('external-links');
    if (has(/^xl\/ctrlProps\//i)) found.add('form-controls');
    for (const s of this.info.sheets) if (s.kind === 'worksheet') await this.grid(s.name);
    if (this.validation.size) found.add('data-validation');
    return { found: [...found] };
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
    for (const n of [...plan.remove, ...current.filter(isSettingsSheet)]) {
      if (this.written.has(n)) this.written.delete(n);
      else this.removed.add(n);
    }
    for (const spec of plan.sheets) this.written.set(spec.name, { spec, visibility: 'visible' });
    this.written.set(SETTINGS_SHEET, { spec: settingsSpec, visibility: 'veryHidden' });
    return { written: plan.written, removed: plan.remove, notes: [] };
  }

  private get changed(): boolean {
    return this.written.size > 0 || this.removed.size > 0 || this.modified !== undefined || this.outputKind !== undefined;
  }

  private outputKind?: keyof typeof WORKBOOK_TYPES;
  private dropped: string[] = [];

  /**
   * What the saved file is, by its extension: the workbook part's content type follows, so
   * that Excel opens it (an .xlsx with a template's or a macro-enabled type, or an .xlsm
   * with a plain one, is refused): a template (.xltx) becomes a workbook.
   */
  saveAs(kind: keyof typeof WORKBOOK_TYPES): void {
    this.outputKind = kind;
  }

  /** The clerk's defined names the last save had to take out (they pointed at a sheet removed and not written again). */
  get droppedNames(): string[] {
    return this.dropped;
  }

  /** The sheets the saved workbook holds, in tab order. */
  async savedSheets(): Promise<string[]> {
    if (!this.changed || this.editable) return (await this.sheets()).map((s) => s.name);
    // A package not edited in place: the results alone, in a new workbook.
    return this.writtenInOrder().map(([name]) => name);
  }

  /**
   * The parts of the saved package, in order: the clerk's copied compressed as they were,
   * the edited ones written anew, the add-in's sheets last.
   */
  private async plan(): Promise<{ parts: OutPart[]; changes: PackageChanges }> {
    const inPlace = this.editable;
    // A package written in a form not edited here (Strict XML): the results alone.
    const base = inPlace ? this : await XlsxWorkbook.create();
    const adds = this.writtenInOrder();
    const changes = this.named(() =>
      planEdit(base.pkg, {
        remove: inPlace ? [...this.removed] : [],
        add: adds.map(([, w]) => w),
        ...(this.modified ? { modified: this.modified } : {}),
        ...(this.outputKind ? { workbookType: WORKBOOK_TYPES[this.outputKind] } : {}),
      }),
    );
    this.dropped = changes.droppedNames ?? [];
    const zip = base.pkg.zip;
    const parts: OutPart[] = [];
    for (const name of zip.names()) {
      if (changes.removed.has(name)) continue;
      const data = changes.replaced.get(name);
      parts.push(data ? { name, data } : { name, copy: { reader: zip, entry: zip.entry(name)! } });
    }
    for (const [name, data] of changes.replaced) if (!zip.entry(name)) parts.push({ name, data });
    for (const a of changes.added) parts.push(a);
    return { parts, changes };
  }

  /** Writes the workbook as an .xlsx package into `sink`, part by part. */
  async writeTo(sink: ZipSink, compressor: Compressor = fflateCompressor): Promise<void> {
    if (!this.changed) {
      await sink.write(this.original);
      return;
    }
    const { parts } = await this.plan();
    await writeZip(parts, sink, compressor);
  }

  /**
   * The workbook as .xlsx bytes (the browser preview; tests), read back and checked: the
   * sheets it lists are the sheets it holds.
   */
  async save(compressor: Compressor = fflateCompressor): Promise<Uint8Array> {
    if (!this.changed) return this.original.slice();
    const sink = memorySink();
    await this.writeTo(sink, compressor);
    const bytes = sink.bytes();
    const expected = await this.savedSheets();
    await this.named(() => verifySaved(bytes, expected));
    return bytes;
  }

  /** The text of a cell, for tests that read results back. */
  async cellText(sheet: string, a1: string): Promise<string | null> {
    const { top, left } = parseRange(a1);
    const w = this.written.get(sheet);
    const v = w ? w.spec.rows[top]?.[left]?.v : this.removed.has(sheet) ? undefined : (await this.grid(sheet))?.values[top]?.[left];
    return v === null || v === undefined || v === '' ? null : typeof v === 'object' ? v.error : String(v);
  }
}

/**
 * Reads a written package again (its directory, workbook, relationships and content
 * types) and checks that it lists `expected` and holds each sheet it lists: a PackageError
 * ('inconsistent') otherwise, so a package Excel could not open is never handed over.
 */
export function verifySaved(bytes: Uint8Array | ByteSource, expected: string[]): void {
  // Written here from an input within the limits: its entry count is the input's and a few.
  const limits = { ...DEFAULT_LIMITS, maxEntries: Number.MAX_SAFE_INTEGER };
  const zip = bytes instanceof Uint8Array ? ZipReader.open(bytes, limits) : ZipReader.openSource(bytes, limits);
  checkPackage(new OpenPackage(zip), expected);
}

/** Looks inside the package for charts, pivot tables, data validation, macros… */
export async function findLossyParts(data: ArrayBuffer | Uint8Array): Promise<LossyParts> {
  return (await XlsxWorkbook.open(data)).lossyParts();
}

/** Every sheet's grid, for tests and the preview. */
export async function readXlsxGrids(data: ArrayBuffer | Uint8Array): Promise<SheetGrid[]> {
  const wb = await XlsxWorkbook.open(data);
  const names = (await wb.sheets()).map((s) => s.name);
  return wb.read(names);
}
