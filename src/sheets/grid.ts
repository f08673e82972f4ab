import type { Lang } from '../i18n/types';

/**
 * The plain shape every adapter reads a worksheet into, and the shape of a sheet the
 * add-in writes. No Office, no ExcelJS: the pipeline works on these values only.
 */

/** An Excel error value (#N/A, #REF!…). */
export interface CellError {
  error: string;
}

/**
 * A cell as Excel's `Range.values` gives it: numbers (dates are serials), text,
 * booleans, errors; null or '' for an empty cell. A cell holding a formula is read as
 * its cached result; `formulas` (when the adapter can give it) says which cells are formulas.
 */
export type CellValue = string | number | boolean | null | CellError;

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetInfo {
  name: string;
  visibility: SheetVisibility;
}

export interface SheetGrid {
  name: string;
  visibility: SheetVisibility;
  /** Row-major values of the used range. values[0][0] is the cell at (top, left). */
  values: CellValue[][];
  /** 0-based row and column of values[0][0] in the worksheet (used range may not start at A1). */
  top: number;
  left: number;
  /** Merged areas in A1 notation ("A6:A7"); the value sits in the top-left cell only. */
  merges: string[];
  /** Cells that hold a formula, as A1 addresses, when the adapter knows. */
  formulaCells?: string[];
  /** Font name per row of the used range, where the adapter can read it (legacy encodings). */
  fonts?: (string | null)[][];
}

export const isCellError = (v: CellValue): v is CellError => typeof v === 'object' && v !== null && 'error' in v;

/** 0-based column index → "A", "B", … "AA". */
export function columnLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row and column → "E12". */
export const cellAddress = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;

/** "E12" → 0-based {row, col}. */
export function parseAddress(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`not an A1 address: ${a1}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "A6:B7" → 0-based inclusive bounds. */
export function parseRange(a1: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = a1.split(':');
  const p = parseAddress(a);
  const q = parseAddress(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

// ---------------------------------------------------------------------------------------
// What the add-in writes

/** Named styles; each adapter maps them to its own formatting (see layout/styles.ts). */
export type StyleId =
  | 'agency'
  | 'agencyParent'
  | 'motto'
  | 'mottoSub'
  | 'docTitle'
  | 'docSubtitle'
  | 'placeDate'
  | 'signerTitle'
  | 'signerName'
  | 'title'
  | 'subtitle'
  | 'header'
  | 'cell'
  | 'cellCenter'
  | 'number'
  | 'money'
  | 'percent'
  | 'date'
  | 'groupRow'
  | 'totalRow'
  | 'good'
  | 'bad'
  | 'warn'
  | 'note'
  | 'checkbox'
  | 'fieldLabel'
  | 'draft';

export type WrittenValue = string | number | boolean | null;

export interface CellSpec {
  v: WrittenValue;
  s?: StyleId;
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** Margins in millimetres. */
  margins: { top: number; bottom: number; left: number; right: number };
  /** 1-based inclusive rows repeated at the top of each printed page. */
  repeatRows?: [number, number];
  fitToWidth: boolean;
  /** Footer with page numbers ("Trang 2/5"), in the sheet's language. */
  pageNumbers: boolean;
  /** The footer in Excel's codes (&P page, &N pages): set by the write plan, never by a layout. */
  footer?: string;
  /**
   * Print at this percentage (instead of fitting to the width: Excel and LibreOffice ignore
   * page breaks when fitting). Set by `printReady` so that the sheet is one page wide.
   */
  scale?: number;
  /** 1-based rows that start a new page (manual breaks: the last rows kept with the signature). */
  rowBreaks?: number[];
  /** What prints, when not the whole sheet ("A1:E40"): columns the clerk needs on screen but not on paper stay out. */
  area?: string;
  /** A paper handed out as one sheet (a ballot): scaled down to one page tall as well, within reason. */
  onePage?: boolean;
}

/**
 * A native chart on a result sheet, drawn from a table on the same sheet: `data` is the table
 * with its header row (series names) and its first column (categories), "A4:C8". Each
 * adapter makes it its own way (chart parts in the .xlsx; Excel's chart API), from the same cells.
 */
export interface ChartSpec {
  /** 'column': vertical bars; 'bar': horizontal bars (long category names); 'line': over the years. */
  kind: 'column' | 'bar' | 'line';
  title: string;
  data: string;
  /** The cells the chart covers, "A10:E30" (from the top-left of the first to the bottom-right of the last). */
  anchor: string;
}

export interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  /** Column widths in Excel character units (of Calibri 11's digit: 7 pixels). */
  widths: number[];
  /** Row heights in points, one per row (set by `printReady`: wrapped and merged text gets its room). */
  heights?: number[];
  merges: string[];
  /** Rows (and columns) frozen at the top (left). */
  freeze?: { rows: number; cols?: number };
  print?: PrintSetup;
  /** Autofilter on this A1 range (the table header row and the data). */
  autoFilter?: string;
  /** Position in the results, used to order the written sheets. */
  order?: number;
  /**
   * A form handed over to the clerk (tally, registration, history): written once, then it is
   * the clerk's. It is not recorded as the add-in's own, so no later run replaces it.
   */
  handOver?: boolean;
  /** The language the sheet is written in when it is not the review's (forms read back by their Vietnamese headers). */
  lang?: Lang;
  /** Native charts drawn from tables of this sheet. */
  charts?: ChartSpec[];
}
