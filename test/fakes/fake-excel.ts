/**
 * A fake of the Excel JavaScript API that keeps the semantics the adapter relies on:
 * calls are queued and applied only at `context.sync()`; reading a property that was not
 * loaded throws PropertyNotLoaded; each sync is one round trip whose request size is
 * measured (over 5 MB fails as Excel on the web does); a given sync can be told to fail.
 */
import { cellAddress, parseRange } from '../../src/sheets/grid';

export interface FakeCell {
  v: unknown;
  fmt?: string;
  style?: Record<string, unknown>;
}
export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, FakeCell>;
  merges: string[];
  frozenRows?: number;
  autoFilter?: string;
  widths: Map<number, number>;
  /** Row heights in points, by 0-based row. */
  heights?: Map<number, number>;
  page?: Record<string, unknown>;
  /** 1-based rows that start a page (manual breaks). */
  pageBreaks?: number[];
}

interface Op {
  size: number;
  apply: () => void;
}

class OfficeError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

const key = (r: number, c: number) => `${r},${c}`;
const WEB_LIMIT = 5 * 1024 * 1024;

/** Excel's enums as the adapter uses them (office.js defines them on the global Excel). */
export const ExcelEnums = {
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  PageOrientation: { portrait: 'Portrait', landscape: 'Landscape' },
  PaperType: { a4: 'A4' },
  HorizontalAlignment: { left: 'Left', center: 'Center', right: 'Right' },
  VerticalAlignment: { top: 'Top', center: 'Center', bottom: 'Bottom' },
  RangeUnderlineStyle: { single: 'Single' },
  BorderIndex: { edgeTop: 'EdgeTop', edgeBottom: 'EdgeBottom', edgeLeft: 'EdgeLeft', edgeRight: 'EdgeRight', insideVertical: 'InsideVertical', insideHorizontal: 'InsideHorizontal' },
  BorderLineStyle: { continuous: 'Continuous' },
};
export function installExcelGlobals(): void {
  (globalThis as Record<string, unknown>).Excel = ExcelEnums;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  roundTrips = 0;
  requestSizes: number[] = [];
  /** Return an error to make sync number `n` (1-based, counted over the fake's life) fail before applying anything. */
  failSync?: (n: number) => OfficeError | undefined;
  /** ExcelApi 1.9 (page layout, screen updating) present. */
  pageLayout = true;
  /** ExcelApi 1.13 (merged areas) present. */
  mergedAreas = true;
  calculationSuspensions = 0;

  static withSheets(sheets: { name: string; values: unknown[][]; visibility?: FakeSheet['visibility']; merges?: string[] }[]): FakeExcel {
    const fx = new FakeExcel();
    for (const s of sheets) {
      const cells = new Map<string, FakeCell>();
      s.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && v !== undefined && cells.set(key(r, c), { v })));
      fx.sheets.push({ name: s.name, visibility: s.visibility ?? 'Visible', cells, merges: s.merges ?? [], widths: new Map() });
    }
    return fx;
  }

  supports = (set: string, version: string): boolean => {
    if (set !== 'ExcelApi') return false;
    const v = Number(version.split('.')[1]);
    if (v >= 13) return this.mergedAreas;
    if (v >= 9) return this.pageLayout;
    return true;
  };

  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(new FakeContext(this) as unknown as Excel.RequestContext);

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** A sheet's values as a dense grid from A1, for assertions. */
  values(name: string): unknown[][] {
    const s = this.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    let rows = 0;
    let cols = 0;
    for (const k of s.cells.keys()) {
      const [r, c] = k.split(',').map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => s.cells.get(key(r, c))?.v ?? ''));
  }

  /** Everything a clerk could see, to compare before and after a failed write. */
  snapshot(): string {
    return JSON.stringify(this.sheets.map((s) => ({ name: s.name, visibility: s.visibility, cells: [...s.cells.entries()].sort(), merges: s.merges })));
  }
}

class FakeContext {
  pending: Op[] = [];
  readonly workbook: { worksheets: WorksheetCollection };
  readonly application: { suspendApiCalculationUntilNextSync: () => void; suspendScreenUpdatingUntilNextSync: () => void };
  constructor(readonly fx: FakeExcel) {
    this.workbook = { worksheets: new WorksheetCollection(this) };
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.queue(20, () => fx.calculationSuspensions++),
      suspendScreenUpdatingUntilNextSync: () => {
        if (!fx.pageLayout) throw new OfficeError('ApiNotFound', 'suspendScreenUpdatingUntilNextSync needs ExcelApi 1.9');
        this.queue(20, () => undefined);
      },
    };
  }
  queue(size: number, apply: () => void): void {
    this.pending.push({ size, apply });
  }
  async sync(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    this.fx.roundTrips++;
    const size = ops.reduce((s, o) => s + o.size, 0);
    this.fx.requestSizes.push(size);
    const injected = this.fx.failSync?.(this.fx.roundTrips);
    if (injected) throw injected;
    if (size > WEB_LIMIT) throw new OfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    for (const op of ops) op.apply();
  }
}

/** Base of every proxy: properties are readable only once loaded and synced. */
class Proxy {
  protected loadedProps = new Set<string>();
  protected data: Record<string, unknown> = {};
  protected get<T>(p: string): T {
    if (!this.loadedProps.has(p)) throw new OfficeError('PropertyNotLoaded', `The property '${p}' is not available. Load it and call context.sync() first.`);
    return this.data[p] as T;
  }
}

class WorksheetCollection extends Proxy {
  constructor(private readonly ctx: FakeContext) {
    super();
  }
  get items(): WorksheetProxy[] {
    return this.get('items');
  }
  load(props: string): void {
    this.ctx.queue(30, () => {
      const fields = props.split(',').map((p) => p.trim().replace('items/', ''));
      this.data.items = this.ctx.fx.sheets.map((s) => {
        const w = new WorksheetProxy(this.ctx, () => s);
        w.markLoaded(fields);
        return w;
      });
      this.loadedProps.add('items');
    });
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.fx.sheet(name);
      if (!s) throw new OfficeError('ItemNotFound', `The requested resource doesn't exist: ${name}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    const w = new WorksheetProxy(this.ctx, () => this.ctx.fx.sheet(name) ?? null);
    this.ctx.queue(20, () => w.markLoaded([]));
    return w;
  }
  add(name: string): WorksheetProxy {
    let created: FakeSheet | undefined;
    this.ctx.queue(40 + name.length, () => {
      if (this.ctx.fx.sheet(name)) throw new OfficeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
      created = { name, visibility: 'Visible', cells: new Map(), merges: [], widths: new Map() };
      this.ctx.fx.sheets.push(created);
    });
    return new WorksheetProxy(this.ctx, () => created!);
  }
}

class WorksheetProxy extends Proxy {
  private cached?: FakeSheet | null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => FakeSheet | null,
  ) {
    super();
  }
  sheet(): FakeSheet {
    if (this.cached === undefined) this.cached = this.resolve();
    if (!this.cached) throw new OfficeError('ItemNotFound', 'The worksheet does not exist.');
    return this.cached;
  }
  markLoaded(fields: string[]): void {
    if (this.cached === undefined) this.cached = this.resolve();
    this.data.isNullObject = this.cached === null;
    this.loadedProps.add('isNullObject');
    for (const f of fields) {
      this.data[f] = this.cached ? (this.cached as unknown as Record<string, unknown>)[f] : undefined;
      this.loadedProps.add(f);
    }
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.ctx.queue(30 + v.length, () => {
      if (this.ctx.fx.sheets.some((s) => s !== this.sheet() && s.name.toLowerCase() === v.toLowerCase())) throw new OfficeError('ItemAlreadyExists', v);
      this.sheet().name = v;
    });
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.ctx.queue(30, () => (this.sheet().visibility = v as FakeSheet['visibility']));
  }
  load(props: string): void {
    this.ctx.queue(20, () => this.markLoaded(props.split(',').map((p) => p.trim())));
  }
  delete(): void {
    this.ctx.queue(20, () => {
      const s = this.sheet();
      this.ctx.fx.sheets = this.ctx.fx.sheets.filter((x) => x !== s);
    });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.sheet();
      if (!s.cells.size) return null;
      let top = Infinity;
      let left = Infinity;
      let bottom = 0;
      let right = 0;
      for (const k of s.cells.keys()) {
        const [r, c] = k.split(',').map(Number);
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }
      return { sheet: s, top, left, rows: bottom - top + 1, cols: right - left + 1 };
    });
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      if (!address) return { sheet: this.sheet(), top: 0, left: 0, rows: 1048576, cols: 16384 };
      const r = parseRange(address);
      return { sheet: this.sheet(), top: r.top, left: r.left, rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 };
    });
  }
  getRangeByIndexes(top: number, left: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this.sheet(), top, left, rows, cols }));
  }
  get freezePanes() {
    return { freezeRows: (n: number) => this.ctx.queue(20, () => (this.sheet().frozenRows = n)) };
  }
  /** ExcelApi 1.9, like the page layout. */
  get autoFilter() {
    if (!this.ctx.fx.pageLayout) return undefined as never;
    return { apply: (range: string) => this.ctx.queue(30, () => (this.sheet().autoFilter = range)) };
  }
  /** ExcelApi 1.9, like the page layout. */
  get horizontalPageBreaks() {
    if (!this.ctx.fx.pageLayout) return undefined as never;
    return { add: (cell: string) => this.ctx.queue(30, () => (this.sheet().pageBreaks ??= []).push(parseRange(cell).top + 1)) };
  }
  get pageLayout() {
    if (!this.ctx.fx.pageLayout) return undefined as never;
    const set = (k: string) => (v: unknown) => this.ctx.queue(30, () => ((this.sheet().page ??= {})[k] = v));
    const layout: Record<string, unknown> = {};
    for (const k of ['orientation', 'paperSize', 'topMargin', 'bottomMargin', 'leftMargin', 'rightMargin', 'zoom']) Object.defineProperty(layout, k, { set: set(k) });
    layout.setPrintTitleRows = set('printTitleRows');
    layout.setPrintArea = set('printArea');
    layout.headersFooters = { defaultForAllPages: Object.defineProperty({}, 'centerFooter', { set: set('centerFooter') }) };
    return layout;
  }
}

interface Area {
  sheet: FakeSheet;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

class RangeProxy extends Proxy {
  private area?: Area | null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => Area | null,
  ) {
    super();
  }
  private a(): Area {
    if (this.area === undefined) this.area = this.resolve();
    if (!this.area) throw new OfficeError('ItemNotFound', 'The range does not exist.');
    return this.area;
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  get address(): string {
    return this.get('address');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  load(props: string): void {
    this.ctx.queue(20, () => {
      if (this.area === undefined) this.area = this.resolve();
      this.data.isNullObject = this.area === null;
      this.loadedProps.add('isNullObject');
      if (!this.area) return;
      const a = this.area;
      for (const p of props.split(',').map((x) => x.trim())) {
        if (p === 'values') this.data.values = Array.from({ length: a.rows }, (_, r) => Array.from({ length: a.cols }, (_, c) => a.sheet.cells.get(key(a.top + r, a.left + c))?.v ?? ''));
        if (p === 'address') this.data.address = `${a.sheet.name}!${cellAddress(a.top, a.left)}:${cellAddress(a.top + a.rows - 1, a.left + a.cols - 1)}`;
        if (p === 'rowCount') this.data.rowCount = a.rows;
        if (p === 'columnCount') this.data.columnCount = a.cols;
        this.loadedProps.add(p);
      }
    });
  }
  set values(v: unknown[][]) {
    this.ctx.queue(JSON.stringify(v).length, () => {
      const a = this.a();
      if (v.length !== a.rows || v.some((r) => r.length !== a.cols)) throw new OfficeError('InvalidArgument', 'The number of rows or columns in the input array doesn\'t match the size or dimensions of the range.');
      v.forEach((row, r) =>
        row.forEach((val, c) => {
          const k = key(a.top + r, a.left + c);
          const cell = a.sheet.cells.get(k) ?? { v: '' };
          // Excel turns text starting with "=" into a formula unless the cell's format is text.
          if (typeof val === 'string' && val.startsWith('=') && cell.fmt !== '@') cell.v = { formula: val };
          else cell.v = val;
          if (val === '' && !cell.fmt && !cell.style) a.sheet.cells.delete(k);
          else a.sheet.cells.set(k, cell);
        }),
      );
    });
  }
  set numberFormat(v: string[][]) {
    this.ctx.queue(JSON.stringify(v).length, () => {
      const a = this.a();
      v.forEach((row, r) => row.forEach((f, c) => {
        const k = key(a.top + r, a.left + c);
        if (f === 'General' && !a.sheet.cells.has(k)) return;
        const cell = a.sheet.cells.get(k) ?? { v: '' };
        cell.fmt = f;
        a.sheet.cells.set(k, cell);
      }));
    });
  }
  clear(): void {
    this.ctx.queue(20, () => {
      const a = this.a();
      for (const k of [...a.sheet.cells.keys()]) {
        const [r, c] = k.split(',').map(Number);
        if (r >= a.top && r < a.top + a.rows && c >= a.left && c < a.left + a.cols) a.sheet.cells.delete(k);
      }
    });
  }
  merge(_across?: boolean): void {
    this.ctx.queue(30, () => {
      const a = this.a();
      a.sheet.merges.push(`${cellAddress(a.top, a.left)}:${cellAddress(a.top + a.rows - 1, a.left + a.cols - 1)}`);
    });
  }
  getMergedAreasOrNullObject() {
    if (!this.ctx.fx.mergedAreas) throw new OfficeError('ApiNotFound', 'getMergedAreasOrNullObject needs ExcelApi 1.13');
    const out = { isNullObject: false, areas: { items: [] as { address: string }[] }, load: (_p: string) => undefined };
    this.ctx.queue(20, () => {
      const a = this.a();
      out.isNullObject = a.sheet.merges.length === 0;
      out.areas.items = a.sheet.merges.map((m) => ({ address: `${a.sheet.name}!${m}` }));
    });
    return out;
  }
  get format() {
    const style = (k: string) => (v: unknown) =>
      this.ctx.queue(30, () => {
        const a = this.a();
        if (k === 'columnWidth') {
          for (let c = a.left; c < a.left + a.cols; c++) a.sheet.widths.set(c, v as number);
          return;
        }
        if (k === 'rowHeight') {
          for (let r = a.top; r < a.top + a.rows; r++) (a.sheet.heights ??= new Map()).set(r, v as number);
          return;
        }
        // Styles are recorded on the range's top-left cell only: enough to assert on.
        const kk = key(a.top, a.left);
        const cell = a.sheet.cells.get(kk) ?? { v: '' };
        (cell.style ??= {})[k] = v;
        a.sheet.cells.set(kk, cell);
      });
    const obj = (prefix: string, keys: string[]) => {
      const o: Record<string, unknown> = {};
      for (const k of keys) Object.defineProperty(o, k, { set: style(`${prefix}${k}`) });
      return o;
    };
    const f = obj('', ['horizontalAlignment', 'verticalAlignment', 'wrapText', 'columnWidth', 'rowHeight']);
    f.font = obj('font.', ['name', 'size', 'bold', 'italic', 'underline', 'color']);
    f.fill = obj('fill.', ['color']);
    f.borders = { getItem: (edge: string) => obj(`border.${edge}.`, ['style']) };
    return f;
  }
}
