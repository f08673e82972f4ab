/**
 * A fake of the Excel JavaScript API that keeps the semantics the adapter relies on:
 * calls are queued and applied only at `context.sync()`; reading a property that was not
 * loaded throws PropertyNotLoaded; each sync is one round trip whose request and answer
 * are measured in bytes of UTF-8 JSON (either over 5 MB fails as Excel on the web does);
 * a given sync can be told to fail.
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
  /** Charts added through `worksheet.charts.add` (ExcelApi 1.1), with what was set on them. */
  charts?: FakeChart[];
}

export interface FakeChart {
  type: string;
  /** The source range, A1. */
  source: string;
  seriesBy: string;
  title?: string;
  position?: [string, string];
  legend?: string;
  showValue?: boolean;
  reversePlotOrder?: boolean;
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
/** Bytes of a value as UTF-8 JSON, as it travels between the add-in and Excel. */
const bytes = (v: unknown): number => Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8');

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
  ChartType: { columnClustered: 'ColumnClustered', barClustered: 'BarClustered', lineMarkers: 'LineMarkers' },
  ChartSeriesBy: { columns: 'Columns' },
  ChartLegendPosition: { bottom: 'Bottom' },
};
export function installExcelGlobals(): void {
  (globalThis as Record<string, unknown>).Excel = ExcelEnums;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  roundTrips = 0;
  requestSizes: number[] = [];
  /** Bytes each sync brought back (the values and properties loaded), refused answers included. */
  responseSizes: number[] = [];
  /** Answers refused as over the limit. */
  refusedAnswers = 0;
  /** Return an error to make sync number `n` (1-based, counted over the fake's life) fail before applying anything. */
  failSync?: (n: number) => OfficeError | undefined;
  /** ExcelApi 1.9 (page layout, screen updating) present. */
  pageLayout = true;
  /** ExcelApi 1.13 (merged areas) present. */
  mergedAreas = true;
  /** ExcelApi 1.1 (charts) present: false plays an Excel without it. */
  chartApi = true;
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
    if (version === '1.1') return this.chartApi;
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
  /** Bytes of what the sync in progress loads. */
  answer = 0;
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
    this.answer = 0;
    for (const op of ops) op.apply();
    this.fx.responseSizes.push(this.answer);
    // Excel on the web refuses an answer over the limit too (nothing loaded reaches the add-in).
    if (this.answer > WEB_LIMIT && ++this.fx.refusedAnswers) throw new OfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
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
      this.ctx.answer += bytes(this.ctx.fx.sheets.map((s) => fields.map((f) => (s as unknown as Record<string, unknown>)[f])));
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
  /** ExcelApi 1.1: a chart over a range of this sheet; what the adapter sets on it is recorded. */
  get charts() {
    return {
      add: (type: string, source: RangeProxy, seriesBy: string) => {
        const chart: FakeChart = { type, source: '', seriesBy };
        this.ctx.queue(60, () => {
          const a = source.areaOf();
          chart.source = `${cellAddress(a.top, a.left)}:${cellAddress(a.top + a.rows - 1, a.left + a.cols - 1)}`;
          (this.sheet().charts ??= []).push(chart);
        });
        const set = (apply: (v: never) => void) => ({ set: (v: never) => this.ctx.queue(30, () => apply(v)) });
        const c: Record<string, unknown> = {
          title: Object.defineProperty(
            {},
            'text',
            set((v: string) => (chart.title = v)),
          ),
          legend: Object.defineProperty(
            {},
            'position',
            set((v: string) => (chart.legend = v)),
          ),
          dataLabels: Object.defineProperty(
            {},
            'showValue',
            set((v: boolean) => (chart.showValue = v)),
          ),
          axes: {
            categoryAxis: Object.defineProperty(
              {},
              'reversePlotOrder',
              set((v: boolean) => (chart.reversePlotOrder = v)),
            ),
          },
          setPosition: (from: string, to: string) => this.ctx.queue(30, () => (chart.position = [from, to])),
        };
        return c;
      },
    };
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
  /** The area, for another proxy's queued call (a chart's source). */
  areaOf(): Area {
    return this.a();
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
        if (p === 'values') {
          this.data.values = Array.from({ length: a.rows }, (_, r) => Array.from({ length: a.cols }, (_, c) => a.sheet.cells.get(key(a.top + r, a.left + c))?.v ?? ''));
          this.ctx.answer += bytes(this.data.values);
        }
        if (p === 'address') this.data.address = `${a.sheet.name}!${cellAddress(a.top, a.left)}:${cellAddress(a.top + a.rows - 1, a.left + a.cols - 1)}`;
        if (p === 'rowCount') this.data.rowCount = a.rows;
        if (p === 'columnCount') this.data.columnCount = a.cols;
        if (p !== 'values') this.ctx.answer += bytes(this.data[p]) + p.length;
        this.loadedProps.add(p);
      }
    });
  }
  set values(v: unknown[][]) {
    this.ctx.queue(bytes(v), () => {
      const a = this.a();
      if (v.length !== a.rows || v.some((r) => r.length !== a.cols))
        throw new OfficeError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
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
  /** A 1×1 array on a larger range applies to every cell (Excel's "single input copy"). */
  set numberFormat(v: string[][]) {
    this.ctx.queue(bytes(v), () => {
      const a = this.a();
      const single = v.length === 1 && v[0].length === 1;
      if (!single && (v.length !== a.rows || v.some((r) => r.length !== a.cols)))
        throw new OfficeError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
      const all = single ? Array.from({ length: a.rows }, () => Array.from({ length: a.cols }, () => v[0][0])) : v;
      all.forEach((row, r) =>
        row.forEach((f, c) => {
          const k = key(a.top + r, a.left + c);
          if (f === 'General' && !a.sheet.cells.has(k)) return;
          const cell = a.sheet.cells.get(k) ?? { v: '' };
          cell.fmt = f;
          a.sheet.cells.set(k, cell);
        }),
      );
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
      this.ctx.answer += bytes(out.areas.items);
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
        // Styles are recorded on every cell of a range of up to 10 000 cells, on the top-left
        // cell of a larger one (a 20 000-row table): enough to assert on, without a map of millions.
        const every = a.rows * a.cols <= 10_000;
        for (let r = a.top; r < a.top + (every ? a.rows : 1); r++) {
          for (let c = a.left; c < a.left + (every ? a.cols : 1); c++) {
            const kk = key(r, c);
            const cell = a.sheet.cells.get(kk) ?? { v: '' };
            (cell.style ??= {})[k] = v;
            a.sheet.cells.set(kk, cell);
          }
        }
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
