/**
 * The Office adapter: the same WorkbookPort over the open workbook through office.js.
 * No review logic here. Reads in a fixed number of round trips whatever the size; writes
 * in chunks under Excel on the web's request limit into temporary sheets, then swaps them
 * for the old results in one final step, so a failure leaves the previous results.
 */
import type { CellValue, SheetGrid, SheetInfo, SheetSpec, SheetVisibility, StyleId } from '../sheets/grid';
import { UNIT_PT } from '../sheets/print/print-ready';
import { type StoredSettings } from '../domain/settings';
import { settingsFromCells } from './settings-store';
import { SETTINGS_SHEET, type WorkbookPort, type WriteOptions, type WriteReport } from './port';
import { parseRange } from '../sheets/grid';
import { DEFAULT_COLOR, planWrite, RESOLVED_STYLES } from './write-plan';

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
/** Starts a value as a formula in Excel: such text is written with the text number format. */
const FORMULA_START = /^[=+\-@]/;

const visibilityOf = (v: string): SheetVisibility => (v === 'VeryHidden' ? 'veryHidden' : v === 'Hidden' ? 'hidden' : 'visible');

/** "Sheet1!C5:H20" → 0-based top-left. */
function topLeft(address: string): { top: number; left: number } {
  const ref = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const r = parseRange(ref.replace(/\$/g, ''));
  return { top: r.top, left: r.left };
}

/** Rough size of a value in a request, as JSON. */
const bytesOf = (v: unknown): number => (typeof v === 'string' ? v.length * 2 + 3 : 8);

export class OfficeWorkbook implements WorkbookPort {
  private readonly supports: (set: string, version: string) => boolean;
  private readonly maxRequestBytes: number;

  constructor(private readonly run: ExcelRun, options: OfficeOptions = {}) {
    this.supports = options.supports ?? (() => false);
    this.maxRequestBytes = options.maxRequestBytes ?? DEFAULT_REQUEST_BYTES;
  }

  async sheets(): Promise<SheetInfo[]> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets;
      ws.load('items/name,items/visibility');
      await ctx.sync();
      return ws.items.map((s) => ({ name: s.name, visibility: visibilityOf(s.visibility) }));
    });
  }

  /** Two round trips for any number of sheets and rows: sizes first, then every block of values. */
  async read(names: string[]): Promise<SheetGrid[]> {
    return this.run(async (ctx) => {
      const sheets = names.map((n) => ctx.workbook.worksheets.getItem(n));
      const used = sheets.map((s) => s.getUsedRangeOrNullObject(true));
      for (const s of sheets) s.load('name,visibility');
      for (const u of used) u.load('address,rowCount,columnCount');
      await ctx.sync();
      const blocks = used.map((u, i) => {
        if (u.isNullObject) return [];
        const rowsPerBlock = Math.max(1, Math.floor(this.maxRequestBytes / (Math.max(1, u.columnCount) * 40)));
        const parts: Excel.Range[] = [];
        for (let r = 0; r < u.rowCount; r += rowsPerBlock) {
          const part = sheets[i].getRangeByIndexes(topLeft(u.address).top + r, topLeft(u.address).left, Math.min(rowsPerBlock, u.rowCount - r), u.columnCount);
          part.load('values');
          parts.push(part);
        }
        return parts;
      });
      const merges = this.supports('ExcelApi', '1.13')
        ? used.map((u) => {
            if (u.isNullObject) return null;
            const m = u.getMergedAreasOrNullObject();
            m.load('areas/items/address');
            return m;
          })
        : used.map(() => null);
      await ctx.sync();
      return sheets.map((s, i): SheetGrid => {
        const u = used[i];
        const values: CellValue[][] = u.isNullObject ? [] : blocks[i].flatMap((b) => b.values as CellValue[][]);
        const origin = u.isNullObject ? { top: 0, left: 0 } : topLeft(u.address);
        const m = merges[i];
        const mergeList = m && !m.isNullObject ? m.areas.items.map((a) => a.address.slice(a.address.lastIndexOf('!') + 1).replace(/\$/g, '')) : [];
        return { name: s.name, visibility: visibilityOf(s.visibility), values, top: origin.top, left: origin.left, merges: mergeList };
      });
    });
  }

  async getSettings(): Promise<StoredSettings | null> {
    return this.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
      await ctx.sync();
      if (sheet.isNullObject) return null;
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('values');
      await ctx.sync();
      return used.isNullObject ? null : settingsFromCells(used.values);
    });
  }

  async write(specs: SheetSpec[], settings: StoredSettings, options: WriteOptions): Promise<WriteReport> {
    const notes: WriteReport['notes'] = [];
    const stamp = Date.now().toString(36).slice(-4);
    const temps: string[] = [];
    try {
      return await this.run(async (ctx) => {
        const worksheets = ctx.workbook.worksheets;
        worksheets.load('items/name');
        await ctx.sync();
        const existing = worksheets.items.map((w) => w.name);
        // Leftovers of a run that was cut off are the add-in's own: remove them first.
        for (const n of existing.filter((x) => x.startsWith(TEMP_PREFIX))) worksheets.getItem(n).delete();
        const plan = planWrite(existing.filter((n) => !n.startsWith(TEMP_PREFIX)), specs, settings, options.replace);

        for (const [i, spec] of plan.sheets.entries()) {
          const tmp = `${TEMP_PREFIX}${stamp}${i}`;
          temps.push(tmp);
          const sheet = worksheets.add(tmp);
          sheet.visibility = Excel.SheetVisibility.hidden;
          // Its own request, so a chunk Excel refuses as too large never takes the new sheet with it.
          await ctx.sync();
          await this.fillSheet(ctx, sheet, spec, notes);
          options.onProgress?.(i + 1, specs.length, spec.name);
        }

        // The swap: old results out, new ones in, settings saved, in one request.
        for (const n of plan.remove) worksheets.getItem(n).delete();
        plan.sheets.forEach((spec, i) => {
          const sheet = worksheets.getItem(temps[i]);
          sheet.name = spec.name;
          sheet.visibility = Excel.SheetVisibility.visible;
        });
        let settingsSheet = worksheets.getItemOrNullObject(SETTINGS_SHEET);
        await ctx.sync();
        if (settingsSheet.isNullObject) settingsSheet = worksheets.add(SETTINGS_SHEET);
        else settingsSheet.getRange().clear();
        const cells = plan.settings.cells;
        const range = settingsSheet.getRangeByIndexes(0, 0, cells.length, 1);
        range.numberFormat = cells.map(() => ['@']);
        range.values = cells;
        settingsSheet.visibility = Excel.SheetVisibility.veryHidden;
        await ctx.sync();
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
      await this.run(async (ctx) => {
        const items = temps.map((t) => ctx.workbook.worksheets.getItemOrNullObject(t));
        await ctx.sync();
        for (const s of items) if (!s.isNullObject) s.delete();
        await ctx.sync();
      });
    } catch {
      // The workbook is gone or closed: the leftovers are hidden and removed by the next run.
    }
  }

  /** Values in chunks under the request budget, halving a chunk Excel refuses as too large. */
  private async fillSheet(ctx: Excel.RequestContext, sheet: Excel.Worksheet, spec: SheetSpec, notes: WriteReport['notes']): Promise<void> {
    const width = Math.max(1, spec.widths.length, ...spec.rows.slice(0, 50).map((r) => r.length));
    const rows = spec.rows.map((r) => Array.from({ length: width }, (_, c) => r[c]?.v ?? ''));
    const formats = spec.rows.map((r) =>
      Array.from({ length: width }, (_, c) => {
        const cell = r[c];
        if (typeof cell?.v === 'string' && FORMULA_START.test(cell.v)) return '@';
        return cell?.s ? RESOLVED_STYLES[cell.s].numberFormat : 'General';
      }),
    );
    let start = 0;
    let chunk = this.rowsPerChunk(rows);
    while (start < rows.length) {
      const n = Math.min(chunk, rows.length - start);
      const range = sheet.getRangeByIndexes(start, 0, n, width);
      // Formats before values: text starting with "=" must land in a text-formatted cell.
      range.numberFormat = formats.slice(start, start + n);
      range.values = rows.slice(start, start + n);
      ctx.application.suspendApiCalculationUntilNextSync();
      try {
        if (this.supports('ExcelApi', '1.9')) ctx.application.suspendScreenUpdatingUntilNextSync();
        await ctx.sync();
        start += n;
      } catch (e) {
        if ((e as { code?: string }).code === 'RequestPayloadSizeLimitExceeded' && n > 1) {
          chunk = Math.max(1, Math.floor(n / 2));
          continue;
        }
        throw e;
      }
    }
    await this.writeFormats(ctx, sheet, spec);
    if (spec.print) {
      if (this.supports('ExcelApi', '1.9')) this.queuePageSetup(sheet, spec);
      else notes.push({ code: 'page-setup-unsupported', sheet: spec.name });
    }
    await ctx.sync();
  }

  private rowsPerChunk(rows: unknown[][]): number {
    const sample = rows.slice(0, 200);
    const perRow = sample.reduce<number>((s, r) => s + r.reduce<number>((a, v) => a + bytesOf(v) + 10, 0), 0) / Math.max(1, sample.length);
    return Math.max(1, Math.floor(this.maxRequestBytes / Math.max(1, perRow)));
  }

  /**
   * One format call per vertical run of same-styled cells in a column (a 20 000-row table
   * has few), synced whenever the queued calls reach the request budget.
   */
  private async writeFormats(ctx: Excel.RequestContext, sheet: Excel.Worksheet, spec: SheetSpec): Promise<void> {
    let queued = 0;
    // Many small calls: keep each request well under the 5 MB limit whatever the value budget.
    const budget = Math.min(this.maxRequestBytes, 2_000_000);
    const flush = async (bytes: number) => {
      queued += bytes;
      if (queued < budget) return;
      await ctx.sync();
      queued = 0;
    };
    for (const [c, w] of spec.widths.entries()) {
      // Points: 7 pixels of Calibri 11's digit per unit, whatever the workbook's default font.
      sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(w * UNIT_PT * 100) / 100;
      await flush(60);
    }
    // Row heights (ExcelApi 1.1): one call per run of equal heights.
    const heights = spec.heights ?? [];
    for (let r = 0; r < heights.length; ) {
      let end = r + 1;
      while (end < heights.length && heights[end] === heights[r]) end++;
      if (heights[r]) {
        sheet.getRangeByIndexes(r, 0, end - r, 1).format.rowHeight = heights[r];
        await flush(60);
      }
      r = end;
    }
    const width = Math.max(0, ...spec.rows.map((r) => r.length));
    for (let c = 0; c < width; c++) {
      let r = 0;
      while (r < spec.rows.length) {
        const s = spec.rows[r][c]?.s;
        let end = r + 1;
        while (end < spec.rows.length && spec.rows[end][c]?.s === s) end++;
        if (s) {
          applyStyle(sheet.getRangeByIndexes(r, c, end - r, 1), s);
          await flush(400);
        }
        r = end;
      }
    }
    for (const m of spec.merges) sheet.getRange(m).merge(false);
    if (spec.freeze) sheet.freezePanes.freezeRows(spec.freeze.rows);
    // The filter buttons on the result tables: ExcelApi 1.9, like the page setup.
    if (spec.autoFilter && this.supports('ExcelApi', '1.9')) sheet.autoFilter.apply(spec.autoFilter);
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

/** A named style on a range, from the resolved table every adapter formats from (write-plan.ts). */
function applyStyle(range: Excel.Range, id: StyleId): void {
  const st = RESOLVED_STYLES[id];
  const f = range.format;
  f.font.name = st.font.name;
  f.font.size = st.font.size;
  // A new cell is not bold, not italic, not underlined, in the automatic colour: only differences are sent.
  if (st.font.bold) f.font.bold = true;
  if (st.font.italic) f.font.italic = true;
  if (st.font.underline) f.font.underline = Excel.RangeUnderlineStyle.single;
  if (st.font.color !== DEFAULT_COLOR) f.font.color = st.font.color;
  if (st.fill) f.fill.color = st.fill;
  if (st.horizontal) f.horizontalAlignment = st.horizontal === 'center' ? Excel.HorizontalAlignment.center : st.horizontal === 'right' ? Excel.HorizontalAlignment.right : Excel.HorizontalAlignment.left;
  if (st.vertical) f.verticalAlignment = st.vertical === 'center' ? Excel.VerticalAlignment.center : st.vertical === 'bottom' ? Excel.VerticalAlignment.bottom : Excel.VerticalAlignment.top;
  if (st.wrap) f.wrapText = true;
  if (st.border) {
    // Every cell bordered, as in the .xlsx: the range's edges and the lines inside it.
    for (const edge of [
      Excel.BorderIndex.edgeTop,
      Excel.BorderIndex.edgeBottom,
      Excel.BorderIndex.edgeLeft,
      Excel.BorderIndex.edgeRight,
      Excel.BorderIndex.insideVertical,
      Excel.BorderIndex.insideHorizontal,
    ]) {
      f.borders.getItem(edge).style = Excel.BorderLineStyle.continuous;
    }
  }
}
