/**
 * What the Office adapter sends, worked out before it sends anything: a sheet's number
 * formats and styles as a few rectangles (a 20 000-row table has a handful), its values
 * in row blocks sized in bytes, and the size of each in a request. Pure: no office.js.
 */
import type { CellSpec, SheetSpec, StyleId, WrittenValue } from '../sheets/grid';
import { DEFAULT_COLOR, RESOLVED_STYLES } from './write-plan';

export interface Rect {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** UTF-8 length of a string, without building the bytes. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value as JSON in a request or a response. */
export const jsonBytes = (v: unknown): number => utf8Length(JSON.stringify(v));

/** Starts a value as a formula in Excel: such text must land in a text-formatted cell. */
export const FORMULA_START = /^[=+\-@]/;

/**
 * Runs of equal things down each column, then side by side: neighbouring columns whose runs
 * start and end on the same rows with the same value become one rectangle.
 */
function rectangles<T>(height: number, width: number, at: (row: number, col: number) => T | undefined): { rect: Rect; value: T }[] {
  const runs: { rect: Rect; value: T }[] = [];
  const open = new Map<string, { rect: Rect; value: T }>();
  for (let c = 0; c < width; c++) {
    let r = 0;
    while (r < height) {
      const v = at(r, c);
      let end = r + 1;
      while (end < height && at(end, c) === v) end++;
      if (v !== undefined) {
        const key = `${r}:${end}:${String(v)}`;
        const prev = open.get(key);
        if (prev && prev.rect.left + prev.rect.cols === c) prev.rect.cols++;
        else {
          const run = { rect: { top: r, left: c, rows: end - r, cols: 1 }, value: v };
          runs.push(run);
          open.set(key, run);
        }
      }
      r = end;
    }
  }
  return runs;
}

/** The number format a cell needs: its style's, or text for text Excel would read as a formula. */
function formatOf(cell: CellSpec | undefined): string | undefined {
  if (!cell) return undefined;
  if (typeof cell.v === 'string' && FORMULA_START.test(cell.v)) return '@';
  const f = cell.s ? RESOLVED_STYLES[cell.s].numberFormat : 'General';
  return f === 'General' ? undefined : f;
}

/**
 * Number formats as rectangles of one format each. Cells that need none (General, the
 * format of a new sheet) take the format of their neighbours when they hold text or
 * nothing, so a column of names with one "- ghi chú" stays one rectangle; numbers never
 * go into a text rectangle.
 */
export function numberFormatRects(spec: SheetSpec, width: number): { rect: Rect; value: string }[] {
  const height = spec.rows.length;
  // Per column, the format each cell gets: needed, or borrowed from the run it sits in.
  const cols: (string | undefined)[][] = [];
  for (let c = 0; c < width; c++) {
    const out: (string | undefined)[] = new Array(height).fill(undefined);
    let r = 0;
    while (r < height) {
      const need = formatOf(spec.rows[r][c]);
      if (!need) {
        r++;
        continue;
      }
      // Extend the run down over the same format, empty cells, and (a text run) text needing nothing.
      let end = r + 1;
      while (end < height) {
        const cell = spec.rows[end][c];
        const f = formatOf(cell);
        const empty = cell === undefined || cell.v === null || cell.v === '';
        if (f === need || (!f && (empty || (need === '@' && typeof cell.v === 'string')))) end++;
        else break;
      }
      // A run does not swallow trailing cells that needed nothing.
      while (end - 1 > r && !formatOf(spec.rows[end - 1][c])) end--;
      for (let i = r; i < end; i++) out[i] = need;
      r = end;
    }
    cols.push(out);
  }
  return rectangles(height, width, (r, c) => cols[c][r]);
}

/** Styles as rectangles of one style each. */
export function styleRects(spec: SheetSpec, width: number): { rect: Rect; value: StyleId }[] {
  return rectangles(spec.rows.length, width, (r, c) => spec.rows[r][c]?.s);
}

/** One formatting call of Excel's: a font property, the fill, an alignment, wrapping, the borders. */
export type StyleProp = 'fontName' | 'fontSize' | 'bold' | 'italic' | 'underline' | 'fontColor' | 'fill' | 'align' | 'valign' | 'wrap' | 'border';
const STYLE_PROPS: StyleProp[] = ['fontName', 'fontSize', 'bold', 'italic', 'underline', 'fontColor', 'fill', 'align', 'valign', 'wrap', 'border'];

/**
 * The value a style gives one property, or undefined where a new cell already looks so: the
 * font's name and size are always set; bold, italic, underline, a colour other than the
 * automatic black, a fill, an alignment, wrapping and borders only where the style has them.
 */
export function stylePropOf(id: StyleId, prop: StyleProp): string | number | true | undefined {
  const st = RESOLVED_STYLES[id];
  switch (prop) {
    case 'fontName':
      return st.font.name;
    case 'fontSize':
      return st.font.size;
    case 'bold':
      return st.font.bold || undefined;
    case 'italic':
      return st.font.italic || undefined;
    case 'underline':
      return st.font.underline || undefined;
    case 'fontColor':
      return st.font.color !== DEFAULT_COLOR ? st.font.color : undefined;
    case 'fill':
      return st.fill;
    case 'align':
      return st.horizontal;
    case 'valign':
      return st.vertical;
    case 'wrap':
      return st.wrap || undefined;
    case 'border':
      return st.border || undefined;
  }
}

/**
 * Styles as one rectangle per property and value: a table whose cells share the font, the
 * borders and the alignment gets each once, and a column of green and red verdicts only its
 * colours cell run by cell run (two calls, not eleven).
 */
export function stylePropRects(spec: SheetSpec, width: number): { rect: Rect; prop: StyleProp; value: string | number | true }[] {
  const out: { rect: Rect; prop: StyleProp; value: string | number | true }[] = [];
  for (const prop of STYLE_PROPS) {
    for (const { rect, value } of rectangles(spec.rows.length, width, (r, c) => {
      const s = spec.rows[r][c]?.s;
      return s ? stylePropOf(s, prop) : undefined;
    }))
      out.push({ rect, prop, value });
  }
  return out;
}

/** Neighbouring columns of the same width, as one range each. */
export function widthRuns(widths: number[]): { left: number; cols: number; width: number }[] {
  const out: { left: number; cols: number; width: number }[] = [];
  widths.forEach((w, c) => {
    const last = out[out.length - 1];
    if (last && last.width === w && last.left + last.cols === c) last.cols++;
    else out.push({ left: c, cols: 1, width: w });
  });
  return out;
}

/** Neighbouring rows of the same height, as one range each (no height: Excel's own). */
export function heightRuns(heights: number[]): { top: number; rows: number; height: number }[] {
  const out: { top: number; rows: number; height: number }[] = [];
  heights.forEach((h, r) => {
    if (!h) return;
    const last = out[out.length - 1];
    if (last && last.height === h && last.top + last.rows === r) last.rows++;
    else out.push({ top: r, rows: 1, height: h });
  });
  return out;
}

/** A sheet's values as a dense rectangle (Excel takes `values` only so). */
export function denseValues(spec: SheetSpec, width: number): WrittenValue[][] {
  return spec.rows.map((r) => Array.from({ length: width }, (_, c) => r[c]?.v ?? ''));
}

/** Row blocks of at most `budget` bytes of JSON each (a row larger than that is a block alone). */
export function valueBlocks(rows: WrittenValue[][], budget: number): { start: number; count: number; bytes: number }[] {
  const out: { start: number; count: number; bytes: number }[] = [];
  // "[" then each row with the comma or "]" after it.
  let start = 0;
  let bytes = 1;
  for (let r = 0; r < rows.length; r++) {
    const b = jsonBytes(rows[r]) + 1;
    if (r > start && bytes + b > budget) {
      out.push({ start, count: r - start, bytes });
      start = r;
      bytes = 1;
    }
    bytes += b;
  }
  if (rows.length > start) out.push({ start, count: rows.length - start, bytes });
  return out;
}

/** The sheet's width in columns: what its widths and its first rows say. */
export function sheetWidth(spec: SheetSpec): number {
  let w = Math.max(1, spec.widths.length);
  for (const r of spec.rows) w = Math.max(w, r.length);
  return w;
}
