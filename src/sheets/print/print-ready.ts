/**
 * Makes a sheet print as a clerk expects, whatever opens it (Excel on Windows, Mac or the
 * web; LibreOffice): every row as tall as its wrapped or merged text needs (neither program
 * grows a row for such text when it opens a file, so a short row prints over the next), one
 * page wide at a scale worked out here, and, on a signed paper, page breaks that keep the
 * last rows of the table with the signature. Pure: a SheetSpec in, the same spec with row
 * heights and its print setup filled in out.
 *
 * Widths: a column of width W (Excel's character units of the default font's digit, Calibri
 * 11 unless the workbook says otherwise; the .xlsx adapter converts) is 7 W pixels in Excel,
 * 5.25 W points; LibreOffice measures the digit itself, up to 5.6 W points. Rows are made tall
 * enough for the narrower, the scale small enough for the wider.
 */
import { lineCount, type FontSpec } from '../../text/measure';
import { percent } from '../../text/format';
import type { Lang } from '../../i18n/catalogue';
import { parseRange, type CellSpec, type PrintSetup, type SheetSpec } from '../grid';
import { STYLES } from '../styles';

/** Points per unit of column width as Excel draws it (7 px of Calibri 11's digit, 0.75 pt each). */
export const UNIT_PT = 5.25;
/** The widest a unit may print (LibreOffice with Carlito, Calibri's metric twin: 5.575 pt). */
export const UNIT_PT_WIDEST = 5.6;
/** Excel's width of a column nobody sized (8.43 characters). */
const DEFAULT_WIDTH = 9.14;
const PT_PER_MM = 72 / 25.4;
export const A4_PT = { short: 595.28, long: 841.89 };
/** Cell padding: left and right together; top and bottom together. */
const PAD_X = 5;
const PAD_Y = 3.5;
/** Glyphs are drawn on the pixel grid: a printed line runs a little wider than its advances. */
const TEXT_SLACK = 1.03;
/** Line height as a multiple of the font size (Times New Roman's ascent and descent, 1.107 em, and some room). */
const LINE = 1.15;
/** Height of an empty row (Excel's default for Calibri 11). */
const EMPTY_ROW = 15;
/** Share of the page's height the pagination fills: both programs then break where it says. */
const PAGE_FILL = 0.96;
/** The smallest scale a one-page paper is printed at (below it, it runs on to a second page). */
const MIN_ONE_PAGE = 60;
/** Table rows kept on the signature's page. */
const KEEP_ROWS = 2;
/** The unstyled cell's font: the workbook's default (Calibri 11), measured as Times (wider) for safety. */
const DEFAULT_FONT: FontSpec = { size: 11 };

const fontOf = (c: CellSpec): FontSpec => {
  const f = c.s ? STYLES[c.s].font : undefined;
  return f ? { size: f.size ?? 12, bold: f.bold, italic: f.italic } : DEFAULT_FONT;
};

/** The text a cell shows (numbers as their format shows them, near enough for measuring). */
function shown(c: CellSpec): string {
  const v = c.v;
  if (v === null || v === '') return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const format = c.s ? STYLES[c.s].numberFormat : undefined;
  if (format?.endsWith('%')) return `${(v * 100).toFixed(1)}%`;
  return String(v);
}

/** Width of each column in Excel's units, columns nobody sized included. */
function columnWidths(spec: SheetSpec): number[] {
  let cols = spec.widths.length;
  for (const r of spec.rows) if (r.length > cols) cols = r.length;
  return Array.from({ length: cols }, (_, i) => spec.widths[i] ?? DEFAULT_WIDTH);
}

/** Merged areas by row and column of their top-left cell; the other cells of each area, by row. */
function mergeMap(merges: string[]): { spans: Map<number, Map<number, { cols: number; rows: number }>>; covered: Map<number, Set<number>> } {
  const spans = new Map<number, Map<number, { cols: number; rows: number }>>();
  const covered = new Map<number, Set<number>>();
  for (const m of merges) {
    const r = parseRange(m);
    if (!spans.has(r.top)) spans.set(r.top, new Map());
    spans.get(r.top)!.set(r.left, { cols: r.right - r.left + 1, rows: r.bottom - r.top + 1 });
    for (let y = r.top; y <= r.bottom; y++)
      for (let x = r.left; x <= r.right; x++) {
        if (y === r.top && x === r.left) continue;
        if (!covered.has(y)) covered.set(y, new Set());
        covered.get(y)!.add(x);
      }
  }
  return { spans, covered };
}

/** Height in points a cell's text needs in `width` points. */
export function cellHeight(c: CellSpec, width: number): number {
  const font = fontOf(c);
  const text = shown(c);
  const wrap = c.s ? STYLES[c.s].wrap : false;
  const lines = !text ? 1 : wrap ? lineCount(text, Math.max(1, (width - PAD_X) / TEXT_SLACK), font) : 1;
  return lines * font.size * LINE + PAD_Y;
}

/** Rounded up to Excel's pixel (0.75 pt). */
const toPixel = (h: number) => Math.ceil(h / 0.75 - 1e-9) * 0.75;

/** The height of every row, in points: each as tall as its tallest cell's text needs. */
export function rowHeights(spec: SheetSpec): number[] {
  const widths = columnWidths(spec).map((w) => w * UNIT_PT);
  const { spans, covered } = mergeMap(spec.merges);
  const heights = spec.rows.map(() => 0);
  // The same texts come back on many rows (statuses, ratings, units, reasons): measured once per width and style.
  const memo = new Map<string, Map<number, Map<string, number>>>();
  const measure = (c: CellSpec, width: number): number => {
    if (!c.s || !STYLES[c.s].wrap || typeof c.v !== 'string') return cellHeight(c, width);
    let byWidth = memo.get(c.s);
    if (!byWidth) memo.set(c.s, (byWidth = new Map()));
    let byText = byWidth.get(width);
    if (!byText) byWidth.set(width, (byText = new Map()));
    let h = byText.get(c.v);
    if (h === undefined) byText.set(c.v, (h = cellHeight(c, width)));
    return h;
  };
  // Text merged over several rows spreads its height over them (added after the single rows).
  const tall: { top: number; rows: number; need: number }[] = [];
  spec.rows.forEach((row, r) => {
    let h = 0;
    const rowSpans = spans.get(r);
    const rowCovered = covered.get(r);
    for (let col = 0; col < row.length; col++) {
      const c = row[col];
      if (!c) continue;
      if (rowCovered?.has(col)) continue;
      const span = rowSpans?.get(col);
      const text = shown(c);
      if (!text && !c.s) continue;
      let width = widths[col] ?? DEFAULT_WIDTH * UNIT_PT;
      for (let k = 1; k < (span?.cols ?? 1); k++) width += widths[col + k] ?? DEFAULT_WIDTH * UNIT_PT;
      const need = measure(c, width);
      if (span && span.rows > 1) tall.push({ top: r, rows: span.rows, need });
      else if (need > h) h = need;
    }
    heights[r] = h ? toPixel(h) : EMPTY_ROW;
  });
  for (const t of tall) {
    const have = heights.slice(t.top, t.top + t.rows).reduce((s, x) => s + x, 0);
    if (have < t.need) heights[t.top + t.rows - 1] = toPixel(heights[t.top + t.rows - 1] + t.need - have);
  }
  return heights;
}

/** The page's printable width and height, in points, for the setup's orientation and margins. */
export function printableArea(print: PrintSetup): { width: number; height: number } {
  const landscape = print.orientation === 'landscape';
  const m = print.margins;
  return {
    width: (landscape ? A4_PT.long : A4_PT.short) - (m.left + m.right) * PT_PER_MM,
    height: (landscape ? A4_PT.short : A4_PT.long) - (m.top + m.bottom) * PT_PER_MM,
  };
}

/** The columns that print: those of the print area, or all. */
function printedColumns(spec: SheetSpec, widths: number[]): number[] {
  if (!spec.print?.area) return widths;
  const a = parseRange(spec.print.area);
  return widths.slice(a.left, a.right + 1);
}

/** The largest whole percentage at which the printed columns fit the page's width (at most 100). */
export function fitScale(spec: SheetSpec): number {
  if (!spec.print) return 100;
  const table = printedColumns(spec, columnWidths(spec)).reduce((s, w) => s + w * UNIT_PT_WIDEST, 0);
  const { width } = printableArea(spec.print);
  return Math.max(10, Math.min(100, Math.floor((100 * width) / Math.max(1, table))));
}

/** Rows (0-based) that belong to a bordered table: the rest after the last of them is the closing (count, signature). */
const isTableRow = (row: CellSpec[]) => row.some((c) => c?.s && STYLES[c.s].border);
const hasText = (row: CellSpec[]) => row.some((c) => c && shown(c) !== '');

/** Excel keeps at most 1 026 manual page breaks on a sheet: a longer table breaks where Excel decides. */
const MAX_BREAKS = 1000;

/**
 * Page breaks (1-based rows that start a page): pages filled in order to the page's height
 * (less a little), so that Excel and LibreOffice break the same way (LibreOffice would
 * otherwise run a scaled sheet into the bottom margin); on a signed paper, when the closing
 * (the count, place and date, the signer) would be cut or left alone on the last page, the
 * last rows of the table go over with it. Empty when the sheet fits one page.
 */
export function pageBreaks(spec: SheetSpec, heights: number[], scale: number): number[] {
  if (!spec.print) return [];
  const rows = spec.rows;
  let last = rows.length - 1;
  while (last >= 0 && !hasText(rows[last])) last--;
  const capacity = (printableArea(spec.print).height * PAGE_FILL) / (scale / 100);
  const rr = spec.print.repeatRows;
  const repeat = rr ? heights.slice(rr[0] - 1, rr[1]).reduce((s, h) => s + h, 0) : 0;
  const headerEnd = rr ? rr[1] - 1 : -1;
  const breaks: number[] = [];
  let used = 0;
  for (let r = 0; r <= last; r++) {
    if (used > 0 && used + heights[r] > capacity) {
      breaks.push(r);
      used = r > headerEnd ? repeat : 0;
    }
    used += heights[r];
  }
  if (!breaks.length || breaks.length > MAX_BREAKS) return [];
  const page = (rs: number[]) => rs.map((r) => r + 1);
  let lastTable = last;
  while (lastTable >= 0 && !isTableRow(rows[lastTable])) lastTable--;
  // No closing after the table: the pages as filled.
  if (lastTable < 0 || lastTable === last) return page(breaks);
  // The closing keeps KEEP_ROWS rows of the table with it (fewer when the table is that short).
  let firstBody = headerEnd + 1;
  while (firstBody < lastTable && !isTableRow(rows[firstBody])) firstBody++;
  const keepFrom = Math.max(firstBody, lastTable - KEEP_ROWS + 1);
  if (breaks[breaks.length - 1] <= keepFrom) return page(breaks);
  const kept = breaks.filter((b) => b < keepFrom);
  const closing = repeat + heights.slice(keepFrom, last + 1).reduce((s, h) => s + h, 0);
  // A closing longer than a page cannot be kept whole: the pages stay as filled.
  if (closing > capacity) return page(breaks);
  return page([...kept, keepFrom]);
}

/**
 * The sheet as it should print: row heights, the scale that makes it one page wide (instead
 * of "fit to width", which both programs honour only by ignoring page breaks), and its page
 * breaks. Sheets without a print setup get their row heights only.
 */
export function printReady(input: SheetSpec, lang: Lang = 'vi'): SheetSpec {
  const spec = withShares(input, lang);
  const heights = rowHeights(spec);
  if (!spec.print) return { ...spec, heights };
  let scale = fitScale(spec);
  if (spec.print.onePage) {
    // One page tall too, unless that would print smaller than a reader can read: then it runs on.
    const total = heights.reduce((s, h) => s + h, 0);
    const tall = Math.floor((100 * printableArea(spec.print).height * PAGE_FILL) / Math.max(1, total));
    if (tall < scale && tall >= MIN_ONE_PAGE) scale = tall;
  }
  // A sheet of charts breaks where its layout says: each chart on the page of its table.
  const rowBreaks = spec.charts?.length && spec.print.rowBreaks?.length ? spec.print.rowBreaks : pageBreaks(spec, heights, scale);
  return { ...spec, heights, print: { ...spec.print, fitToWidth: false, scale, ...(rowBreaks.length ? { rowBreaks } : {}) } };
}

/**
 * Shares written as numbers with a percentage format print with the reader's decimal
 * separator ("75.0%" on an English Windows): written as text ("75,0 %") instead, so every
 * sheet prints the Vietnamese decimal comma whoever opens it.
 */
function withShares(spec: SheetSpec, lang: Lang): SheetSpec {
  if (!spec.rows.some((r) => r.some((c) => c?.s === 'percent' && typeof c.v === 'number'))) return spec;
  const rows = spec.rows.map((r) =>
    r.some((c) => c?.s === 'percent' && typeof c.v === 'number') ? r.map((c) => (c?.s === 'percent' && typeof c.v === 'number' ? { v: percent(c.v, 1, lang), s: 'number' as const } : c)) : r,
  );
  return { ...spec, rows };
}
