/**
 * The Office adapter: the same WorkbookPort over the open workbook through office.js.
 * No review logic here. Reads in row blocks whose answers stay under Excel on the web's
 * response limit; writes packed requests under its request limit into temporary sheets
 * (number formats and styles as a few ranges, never cell by cell), then swaps them for the
 * old results in one final step, so a failure leaves the previous results.
 */
import type { CellValue, ChartSpec, SheetGrid, SheetInfo, SheetSpec, SheetVisibility } from '../sheets/grid';
import { UNIT_PT } from '../sheets/print/print-ready';
import { type StoredSettings } from '../domain/settings';
import { settingsFromCells } from './settings-store';
import { SETTINGS_SHEET, type WorkbookPort, type WriteOptions, type WriteReport } from './port';
import { parseRange } from '../sheets/grid';
import { planWrite } from './write-plan';
import { denseValues, heightRuns, jsonBytes, numberFormatRects, sheetWidth, stylePropRects, valueBlocks, widthRuns, type StyleProp } from './office-plan';

/** `(batch) => Excel.run(batch)`, or with options where supported: `(b) => Excel.run({ delayForCellEdit: true }, b)`. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Excel.run, waiting while the clerk is editing a cell (`delayForCellEdit`, ExcelApi 1.11)
 * instead of failing with InvalidOperationInCellEditMode; plain Excel.run on older Excel.
 */
export function excelRun(supports: (set: string, version: string) => boolean): ExcelRun {
  return supports('ExcelApi', '1.11') ? (batch) => Excel.run({ delayForCellEdit: true }, batch) : (batch) => Excel.run(batch);
}

export interface OfficeOptions {
  /** `(set, v) => Office.context.requirements.isSetSupported(set, v)`. */
  supports?: (set: string, version: string) => boolean;
  /** Budget of one request; Excel on the web refuses requests over 5 MB. */
  maxRequestBytes?: number;
}

const TEMP_PREFIX = '~bx';
const DEFAULT_REQUEST_BYTES = 1_000_000;
/** What a cell is guessed to weigh in a response before any has been read (text of names and units). */
const FIRST_GUESS_BYTES_PER_CELL = 32;
/** What one queued call adds to a request besides its data: the call, the range it makes, the format object it reaches. */
const CALL_BYTES = 300;

const visibilityOf = (v: string): SheetVisibility => (v === 'VeryHidden' ? 'veryHidden' : v === 'Hidden' ? 'hidden' : 'visible');

/** "Sheet1!C5:H20" → 0-based top-left. */
function topLeft(address: string): { top: number; left: number } {
  const ref = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const r = parseRange(ref.replace(/\$/g, ''));
  return { top: r.top, left: r.left };
}

/** Excel refused a request or its answer as too large (5 MB on the web). */
const tooLarge = (e: unknown): boolean => {
  const code = (e as { code?: string })?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
};

/** One part of a write, queued into a request when the requests are packed. */
interface Piece {
  /** Its size in the request, estimated. */
  bytes: number;
  queue(context: Excel.RequestContext): void;
  /** A piece Excel refuses as too large, cut in two (values: two row blocks). */
  halves?(): [Piece, Piece];
  /** Once the request holding it went through. */
  sent?(): void;
}

/**
 * Packs pieces into as few requests as the budget allows, in order. A request Excel refuses
 * as too large is sent again in two halves (a single piece cut in two), so a wrong estimate
 * costs a round trip, never the write.
 */
class Requests {
  private pending: Piece[] = [];
  private bytes = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
    private readonly beforeSync: () => void,
  ) {}

  async add(piece: Piece): Promise<void> {
    if (this.pending.length && this.bytes + piece.bytes > this.budget) await this.flush();
    this.pending.push(piece);
    this.bytes += piece.bytes;
  }

  async flush(): Promise<void> {
    const pieces = this.pending;
    this.pending = [];
    this.bytes = 0;
    if (pieces.length) await this.send(pieces);
  }

  private async send(pieces: Piece[]): Promise<void> {
    for (const p of pieces) p.queue(this.context);
    this.beforeSync();
    try {
      await this.context.sync();
    } catch (e) {
      if (!tooLarge(e)) throw e;
      if (pieces.length > 1) {
        const mid = Math.ceil(pieces.length / 2);
        await this.send(pieces.slice(0, mid));
        await this.send(pieces.slice(mid));
        return;
      }
      const halves = pieces[0].halves?.();
      if (!halves) throw e;
      await this.send([halves[0]]);
      await this.send([halves[1]]);
      return;
    }
    for (const p of pieces) p.sent?.();
  }
}

export class OfficeWorkbook implements WorkbookPort {
  private readonly supports: (set: string, version: string) => boolean;
  private readonly maxRequestBytes: number;

  constructor(
    private readonly run: ExcelRun,
    options: OfficeOptions = {},
  ) {
    this.supports = options.supports ?? (() => false);
    this.maxRequestBytes = options.maxRequestBytes ?? DEFAULT_REQUEST_BYTES;
  }

  async sheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets;
      ws.load('items/name,items/visibility');
      await context.sync();
      return ws.items.map((s) => ({ name: s.name, visibility: visibilityOf(s.visibility) }));
    });
  }

  /**
   * Sizes first, then the values in row blocks, as many blocks per request as fit the budget
   * (Excel on the web refuses an answer over 5 MB). The size of a cell is guessed for the
   * first request, then measured on what came back; an answer refused as too large is asked
   * again in smaller blocks. A hundred people take two round trips, 20 000 three.
   */
  async read(names: string[]): Promise<SheetGrid[]> {
    return this.run(async (context) => {
      const sheets = names.map((n) => context.workbook.worksheets.getItem(n));
      const used = sheets.map((s) => s.getUsedRangeOrNullObject(true));
      for (const s of sheets) s.load('name,visibility');
      for (const u of used) u.load('address,rowCount,columnCount');
      await context.sync();
      const state = used.map((u) => {
        const origin = u.isNullObject ? { top: 0, left: 0 } : topLeft(u.address);
        return { origin, rows: u.isNullObject ? 0 : u.rowCount, cols: u.isNullObject ? 0 : u.columnCount, next: 0, values: [] as CellValue[][] };
      });
      let merges: ({ isNullObject: boolean; areas: { items: { address: string }[] } } | null)[] = used.map(() => null);
      let first = true;
      let perCell = FIRST_GUESS_BYTES_PER_CELL;
      while (first || state.some((x) => x.next < x.rows)) {
        // One request: blocks of the sheets still to read, while the guessed answer fits the budget.
        const blocks: { i: number; start: number; count: number; range: Excel.Range }[] = [];
        let room = this.maxRequestBytes;
        for (const [i, x] of state.entries()) {
          if (x.next >= x.rows || room <= 0) continue;
          const rowBytes = Math.max(1, x.cols) * perCell;
          const count = Math.min(x.rows - x.next, Math.max(blocks.length ? 0 : 1, Math.floor(room / rowBytes)));
          if (count <= 0) break;
          const range = sheets[i].getRangeByIndexes(x.origin.top + x.next, x.origin.left, count, x.cols);
          range.load('values');
          blocks.push({ i, start: x.next, count, range });
          room -= count * rowBytes;
        }
        if (first && this.supports('ExcelApi', '1.13')) {
          merges = used.map((u) => {
            if (u.isNullObject) return null;
            const m = u.getMergedAreasOrNullObject();
            m.load('areas/items/address');
            return m;
          });
        }
        try {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- paging: each request stays under Excel's payload limit
          await context.sync();
        } catch (e) {
          // Too large after all: ask again for smaller blocks, down to a row.
          if (tooLarge(e) && blocks.some((b) => b.count > 1)) {
            perCell *= 2;
            continue;
          }
          throw e;
        }
        first = false;
        let bytes = 0;
        let cells = 0;
        for (const b of blocks) {
          const v = b.range.values as CellValue[][];
          state[b.i].values.push(...v);
          state[b.i].next += b.count;
          bytes += jsonBytes(v);
          cells += b.count * Math.max(1, state[b.i].cols);
        }
        // The next blocks are sized on what these weighed, with room for heavier rows.
        if (cells) perCell = Math.max(4, (bytes / cells) * 1.25);
      }
      return sheets.map((s, i): SheetGrid => {
        const m = merges[i];
        const mergeList = m && !m.isNullObject ? m.areas.items.map((a) => a.address.slice(a.address.lastIndexOf('!') + 1).replace(/\$/g, '')) : [];
        return { name: s.name, visibility: visibilityOf(s.visibility), values: state[i].values, top: state[i].origin.top, left: state[i].origin.left, merges: mergeList };
      });
    });
  }

  async getSettings(): Promise<StoredSettings | null> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
      await context.sync();
      if (sheet.isNullObject) return null;
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('values');
      await context.sync();
      return used.isNullObject ? null : settingsFromCells(used.values);
    });
  }

  /**
   * Every sheet into a hidden temporary sheet, the pieces packed into requests under the
   * budget (small sheets share a request, a large one spans several), then the swap in one
   * final request: old results out, new ones in, settings saved.
   */
  async write(specs: SheetSpec[], settings: StoredSettings, options: WriteOptions): Promise<WriteReport> {
    const notes: WriteReport['notes'] = [];
    const stamp = Date.now().toString(36).slice(-4);
    const temps: string[] = [];
    try {
      return await this.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load('items/name');
        await context.sync();
        const existing = worksheets.items.map((w) => w.name);
        const screen = this.supports('ExcelApi', '1.9');
        const requests = new Requests(context, this.maxRequestBytes, () => {
          context.application.suspendApiCalculationUntilNextSync();
          if (screen) context.application.suspendScreenUpdatingUntilNextSync();
        });
        // Leftovers of a run that was cut off are the add-in's own: removed with the first request.
        for (const n of existing.filter((x) => x.startsWith(TEMP_PREFIX))) await requests.add({ bytes: CALL_BYTES, queue: (c) => c.workbook.worksheets.getItem(n).delete() });
        // Names, footers, what goes and the settings to save: the write plan every adapter applies.
        const plan = planWrite(
          existing.filter((n) => !n.startsWith(TEMP_PREFIX)),
          specs,
          settings,
          options.replace,
        );

        for (const [i, spec] of plan.sheets.entries()) {
          const tmp = `${TEMP_PREFIX}${stamp}${i}`;
          temps.push(tmp);
          for (const piece of this.sheetPieces(tmp, spec, notes)) await requests.add(piece);
          await requests.add({ bytes: 0, queue: () => undefined, sent: () => options.onProgress?.(i + 1, specs.length, spec.name) });
        }
        await requests.flush();

        // The swap: old results out, new ones in, settings saved, in one request.
        for (const n of plan.remove) worksheets.getItem(n).delete();
        plan.sheets.forEach((spec, i) => {
          const sheet = worksheets.getItem(temps[i]);
          sheet.name = spec.name;
          sheet.visibility = Excel.SheetVisibility.visible;
        });
        let settingsSheet = worksheets.getItemOrNullObject(SETTINGS_SHEET);
        await context.sync();
        if (settingsSheet.isNullObject) settingsSheet = worksheets.add(SETTINGS_SHEET);
        else settingsSheet.getRange().clear();
        const cells = plan.settings.cells;
        const range = settingsSheet.getRangeByIndexes(0, 0, cells.length, 1);
        // One format for the whole column (Excel applies a single value to every cell of the range).
        range.numberFormat = [['@']];
        range.values = cells;
        settingsSheet.visibility = Excel.SheetVisibility.veryHidden;
        await context.sync();
        return { written: plan.written, removed: plan.remove, notes };
      });
    } catch (e) {
      await this.removeTemps(temps);
      throw e;
    }
  }

  private async removeTemps(temps: string[]): Promise<void> {
    if (!temps.length) return;
    try {
      await this.run(async (context) => {
        const items = temps.map((t) => context.workbook.worksheets.getItemOrNullObject(t));
        await context.sync();
        for (const s of items) if (!s.isNullObject) s.delete();
        await context.sync();
      });
    } catch {
      // The workbook is gone or closed: the leftovers are hidden and removed by the next run.
    }
  }

  /**
   * One sheet as pieces, in the order Excel must apply them: the sheet, its number formats
   * (before the values: text starting with "=" must land in a text cell), the values in row
   * blocks, then widths, styles, merges, frozen rows, filter and page setup.
   */
  private sheetPieces(tmp: string, spec: SheetSpec, notes: WriteReport['notes']): Piece[] {
    const at = (context: Excel.RequestContext) => context.workbook.worksheets.getItem(tmp);
    const width = sheetWidth(spec);
    const pieces: Piece[] = [
      {
        bytes: CALL_BYTES * 2,
        queue: (context) => {
          const sheet = context.workbook.worksheets.add(tmp);
          sheet.visibility = Excel.SheetVisibility.hidden;
        },
      },
    ];
    for (const { rect, value } of numberFormatRects(spec, width)) {
      pieces.push({ bytes: CALL_BYTES + value.length, queue: (context) => (at(context).getRangeByIndexes(rect.top, rect.left, rect.rows, rect.cols).numberFormat = [[value]]) });
    }
    const rows = denseValues(spec, width);
    const valuesPiece = (start: number, count: number, bytes: number): Piece => ({
      bytes: bytes + CALL_BYTES,
      queue: (context) => (at(context).getRangeByIndexes(start, 0, count, width).values = rows.slice(start, start + count)),
      halves:
        count > 1
          ? () => {
              const h = Math.floor(count / 2);
              return [valuesPiece(start, h, bytes / 2), valuesPiece(start + h, count - h, bytes / 2)];
            }
          : undefined,
    });
    // Blocks well under the budget, so the packer can fill each request.
    for (const b of valueBlocks(rows, Math.max(10_000, Math.floor(this.maxRequestBytes / 4)))) pieces.push(valuesPiece(b.start, b.count, b.bytes));
    for (const w of widthRuns(spec.widths)) {
      // Points: 7 pixels of Calibri 11's digit per unit, whatever the workbook's default font.
      pieces.push({ bytes: CALL_BYTES, queue: (context) => (at(context).getRangeByIndexes(0, w.left, 1, w.cols).format.columnWidth = Math.round(w.width * UNIT_PT * 100) / 100) });
    }
    // Row heights (ExcelApi 1.1): one call per run of equal heights.
    for (const h of heightRuns(spec.heights ?? [])) {
      pieces.push({ bytes: CALL_BYTES, queue: (context) => (at(context).getRangeByIndexes(h.top, 0, h.rows, 1).format.rowHeight = h.height) });
    }
    for (const { rect, prop, value } of stylePropRects(spec, width)) {
      pieces.push({
        bytes: CALL_BYTES * (prop === 'border' ? BORDER_EDGES.length : 1),
        queue: (context) => applyStyleProp(at(context).getRangeByIndexes(rect.top, rect.left, rect.rows, rect.cols), prop, value),
      });
    }
    for (const m of spec.merges) pieces.push({ bytes: CALL_BYTES, queue: (context) => at(context).getRange(m).merge(false) });
    if (spec.freeze) {
      const rowsFrozen = spec.freeze.rows;
      pieces.push({ bytes: CALL_BYTES, queue: (context) => at(context).freezePanes.freezeRows(rowsFrozen) });
    }
    // The filter buttons on the result tables: ExcelApi 1.9, like the page setup.
    if (spec.autoFilter && this.supports('ExcelApi', '1.9')) {
      const range = spec.autoFilter;
      pieces.push({ bytes: CALL_BYTES, queue: (context) => at(context).autoFilter.apply(range) });
    }
    // Charts (ExcelApi 1.1: charts.add, title, setPosition, legend, data labels), after the values they draw.
    if (spec.charts?.length) {
      if (this.supports('ExcelApi', '1.1')) for (const chart of spec.charts) pieces.push({ bytes: CALL_BYTES * 6, queue: (ctx) => this.queueChart(at(ctx), chart) });
      else notes.push({ code: 'charts-unsupported', sheet: spec.name });
    }
    if (spec.print) {
      if (this.supports('ExcelApi', '1.9')) pieces.push({ bytes: CALL_BYTES * (10 + (spec.print.rowBreaks?.length ?? 0)), queue: (context) => this.queuePageSetup(at(context), spec) });
      else notes.push({ code: 'page-setup-unsupported', sheet: spec.name });
    }
    return pieces;
  }

  /** A native chart over the sheet's table, as the .xlsx writer draws it (chart-xml.ts). */
  private queueChart(sheet: Excel.Worksheet, chart: ChartSpec): void {
    const type = chart.kind === 'line' ? Excel.ChartType.lineMarkers : chart.kind === 'bar' ? Excel.ChartType.barClustered : Excel.ChartType.columnClustered;
    const c = sheet.charts.add(type, sheet.getRange(chart.data), Excel.ChartSeriesBy.columns);
    c.title.text = chart.title;
    const [from, to] = chart.anchor.split(':');
    c.setPosition(from, to);
    c.legend.position = Excel.ChartLegendPosition.bottom;
    c.dataLabels.showValue = true;
    // Horizontal bars in the table's order, first at the top (ExcelApi 1.7, which the manifest requires).
    if (chart.kind === 'bar' && this.supports('ExcelApi', '1.7')) c.axes.categoryAxis.reversePlotOrder = true;
  }

  private queuePageSetup(sheet: Excel.Worksheet, spec: SheetSpec): void {
    const p = spec.print!;
    const pt = (mm: number) => Math.round((mm * 72) / 25.4);
    const layout = sheet.pageLayout;
    layout.orientation = p.orientation === 'landscape' ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
    layout.paperSize = Excel.PaperType.a4;
    layout.topMargin = pt(p.margins.top);
    layout.bottomMargin = pt(p.margins.bottom);
    layout.leftMargin = pt(p.margins.left);
    layout.rightMargin = pt(p.margins.right);
    // A scale, not "fit to width": Excel ignores page breaks on a sheet fitted to pages.
    if (p.scale !== undefined) layout.zoom = { scale: Math.round(p.scale) };
    else if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows[0]}:$${p.repeatRows[1]}`);
    if (p.area) layout.setPrintArea(p.area);
    // The footer's text and language are the write plan's.
    if (p.footer) layout.headersFooters.defaultForAllPages.centerFooter = p.footer;
    for (const row of p.rowBreaks ?? []) if (row > 1) sheet.horizontalPageBreaks.add(`A${row}`);
  }
}

/** A bordered rectangle: its outline and the lines between its cells (a grid, as in the .xlsx). */
const BORDER_EDGES = ['edgeTop', 'edgeBottom', 'edgeLeft', 'edgeRight', 'insideVertical', 'insideHorizontal'] as const;

function applyStyleProp(range: Excel.Range, prop: StyleProp, value: string | number | true): void {
  const f = range.format;
  switch (prop) {
    case 'fontName':
      f.font.name = value as string;
      break;
    case 'fontSize':
      f.font.size = value as number;
      break;
    case 'bold':
      f.font.bold = true;
      break;
    case 'italic':
      f.font.italic = true;
      break;
    case 'underline':
      f.font.underline = Excel.RangeUnderlineStyle.single;
      break;
    case 'fontColor':
      f.font.color = value as string;
      break;
    case 'fill':
      f.fill.color = value as string;
      break;
    case 'align':
      f.horizontalAlignment = value === 'center' ? Excel.HorizontalAlignment.center : value === 'right' ? Excel.HorizontalAlignment.right : Excel.HorizontalAlignment.left;
      break;
    case 'valign':
      f.verticalAlignment = value === 'center' ? Excel.VerticalAlignment.center : value === 'bottom' ? Excel.VerticalAlignment.bottom : Excel.VerticalAlignment.top;
      break;
    case 'wrap':
      f.wrapText = true;
      break;
    case 'border':
      for (const edge of BORDER_EDGES) f.borders.getItem(Excel.BorderIndex[edge]).style = Excel.BorderLineStyle.continuous;
      break;
  }
}
