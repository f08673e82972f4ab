/**
 * Worksheets read straight into grids, streaming: the part is inflated in pieces and fed
 * to the scanner (xml-scan.ts), and each cell lands in its row as it passes; no object per
 * cell, no DOM, no copy of the XML. Grids are sparse where it matters: a row is only as long as its last
 * used cell and a row without cells is one shared empty array, so a stray note in XFD or
 * on row 1 048 576 costs a few bytes; every slot is counted against a budget per workbook
 * that ends a hostile sheet with a sentence instead of an out-of-memory crash.
 *
 * What a cell reads as (ECMA-376 Part 1 §18.3.1.4, §18.18.11): numbers as numbers (dates
 * are serials, in the 1900 system even in a 1904 workbook: their number format says which
 * they are), shared and inline strings with their "_xHHHH_" escapes decoded once, booleans,
 * errors as { error: "#N/A" }, a formula as its cached result (and listed in formulaCells),
 * merged cells other than the top-left as empty, as Excel shows them. Pure: no Node, no DOM.
 */
import type { CellValue, SheetGrid, SheetVisibility } from '../sheets/grid';
import { cellAddress, parseRange } from '../sheets/grid';
import { encodingOfFont } from '../text/legacy';
import { isoToSerial } from '../text/dates';
import { PackageError } from '../ooxml/package-error';
import { attr, checkDeclaredEncoding, childNamed, childrenNamed, type XmlDocument } from '../ooxml/xml';
import { XmlScanner, XmlSyntaxError } from '../ooxml/xml-scan';

export const MAIN_NS = ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'] as const;

/** Excel's grid: 16 384 columns, 1 048 576 rows. */
const MAX_COLS = 16384;
const MAX_ROWS = 1048576;

/** A row without cells: one array shared by every such row (frozen: a reader that writes into it must copy it first). */
export const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];

/**
 * Slots of all the grids of one workbook (row pointers and cells up to each row's last):
 * 16 M is 128 MB of pointers, a staff list of 500 000 rows × 30 columns.
 */
export const DEFAULT_CELL_BUDGET = 16 * 1024 * 1024;
/** Slots of the budget one formula cell's address costs (it is kept as text, in formulaCells). */
const FORMULA_CELL_COST = 4;

export interface Budget {
  cells: number;
  readonly limit: number;
}
export const newBudget = (limit = DEFAULT_CELL_BUDGET): Budget => ({ cells: limit, limit });

/** What a cell's style index (its `s`) says: whether its number is a date, and its font when that font is a legacy Vietnamese one. */
export interface StyleInfo {
  date: boolean[];
  legacyFont: (string | undefined)[];
}

/** Built-in number formats that are dates (ECMA-376 Part 1 §18.8.30; 27–36 and 50–58 are the East Asian ones). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);

/** Whether a number format code shows a date (not only a time): d or y outside quotes, escapes and [colour] brackets. */
export function isDateFormat(code: string): boolean {
  const s = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .split(';')[0];
  return /[dy]/i.test(s) && !/^general$/i.test(s.trim());
}

export function styleInfo(styles: XmlDocument | undefined): StyleInfo {
  const info: StyleInfo = { date: [], legacyFont: [] };
  if (!styles) return info;
  const root = styles.root;
  const codes = new Map<number, string>();
  const numFmts = childNamed(root, MAIN_NS, 'numFmts');
  if (numFmts) for (const f of childrenNamed(numFmts, MAIN_NS, 'numFmt')) codes.set(Number(attr(f, 'numFmtId')), attr(f, 'formatCode') ?? '');
  const fontsEl = childNamed(root, MAIN_NS, 'fonts');
  const fonts = fontsEl ? childrenNamed(fontsEl, MAIN_NS, 'font').map((f) => attr(childNamed(f, MAIN_NS, 'name') ?? f, 'val')) : [];
  const xfsEl = childNamed(root, MAIN_NS, 'cellXfs');
  for (const xf of xfsEl ? childrenNamed(xfsEl, MAIN_NS, 'xf') : []) {
    const fmt = Number(attr(xf, 'numFmtId') ?? 0);
    const code = codes.get(fmt);
    info.date.push(code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(fmt));
    const font = fonts[Number(attr(xf, 'fontId') ?? 0)];
    info.legacyFont.push(font && encodingOfFont(font) ? font : undefined);
  }
  return info;
}

/** "_x0041_" → "A" (ST_Xstring); "_x005F_x0041_" → "_x0041_": one pass, so decoded once. */
export const decodeXString = (s: string): string => (s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s);

/** A t="d" cell (ISO 8601) as a serial of the 1900 system (text/dates); the text as it was when it names no day. */
const isoCell = (s: string): CellValue => isoToSerial(s) ?? s;

/** The bytes of a part, handed over in pieces (ZipReader.inflate). */
export type Feed = (onChunk: (bytes: Uint8Array) => void) => void | Promise<void>;

interface StreamHandlers {
  /** `attrs` is [name, value, …], its first `count` entries, reused by the scanner: read it, do not keep it. */
  open(local: string, main: boolean, attrs: string[], count: number): void;
  close(local: string, main: boolean): void;
  text(text: string): void;
}

/** The value of attribute `name` (no prefix) among the first `count` entries of a scanner's attribute list. */
export function attrOf(attrs: string[], count: number, name: string): string | undefined {
  for (let i = 0; i < count; i += 2) if (attrs[i] === name) return attrs[i + 1];
  return undefined;
}

/**
 * Streams a part through the scanner (src/ooxml/xml-scan.ts): elements are matched by
 * local name and namespace, prefixes resolved here from the declarations in scope, so
 * "x:c" in a prefixed package is a cell and "x14:dataValidation" is not SpreadsheetML's.
 * `handlers` receives a function that turns the capture of text on and off.
 */
async function streamXml(feed: Feed, part: string, handlers: (want: (on: boolean) => void) => StreamHandlers): Promise<void> {
  const bindings = new Map<string, string>();
  const undo: { depth: number; prefix: string; prev: string | undefined }[] = [];
  let depth = 0;
  let cache = new Map<string, [string, boolean]>();
  // The last names resolved, compared first: tag names arrive as new strings, whose hash a Map lookup must compute.
  let last1 = '';
  let last2 = '';
  let res1: [string, boolean] = ['', false];
  let res2: [string, boolean] = ['', false];
  const resolve = (name: string): [string, boolean] => {
    if (name === last1) return res1;
    if (name === last2) return res2;
    let r = cache.get(name);
    if (!r) {
      const i = name.indexOf(':');
      const uri = bindings.get(i < 0 ? '' : name.slice(0, i));
      r = [i < 0 ? name : name.slice(i + 1), uri === MAIN_NS[0] || uri === MAIN_NS[1]];
      cache.set(name, r);
    }
    last2 = last1;
    res2 = res1;
    last1 = name;
    res1 = r;
    return r;
  };
  const forget = () => {
    cache = new Map();
    last1 = last2 = '';
  };
  // The handlers switch the scanner's text on and off; it is made just below, before any call.
  const h = handlers((on) => (scanner.wantText = on));
  const scanner: XmlScanner = new XmlScanner({
    declaration: (attrs) => checkDeclaredEncoding(attrOf(attrs, attrs.length, 'encoding'), part),
    open(name, attrs, count) {
      depth++;
      for (let i = 0; i < count; i += 2) {
        const n = attrs[i];
        if (n.charCodeAt(0) !== 120 || !(n === 'xmlns' || n.startsWith('xmlns:'))) continue;
        const prefix = n === 'xmlns' ? '' : n.slice(6);
        undo.push({ depth, prefix, prev: bindings.get(prefix) });
        bindings.set(prefix, attrs[i + 1]);
        forget();
      }
      const [local, main] = resolve(name);
      h.open(local, main, attrs, count);
    },
    close(name) {
      const [local, main] = resolve(name);
      h.close(local, main);
      while (undo.length && undo[undo.length - 1].depth === depth) {
        const u = undo.pop()!;
        if (u.prev === undefined) bindings.delete(u.prefix);
        else bindings.set(u.prefix, u.prev);
        forget();
      }
      depth--;
    },
    text: (t) => h.text(t),
  });
  let decoder: TextDecoder | undefined;
  let head: Uint8Array | undefined;
  const push = (bytes: Uint8Array, last: boolean) => {
    if (!decoder) {
      // The byte order mark decides the encoding: wait for the first three bytes.
      const b = head ? concat2(head, bytes) : bytes;
      if (b.length < 3 && !last) {
        head = b;
        return;
      }
      head = undefined;
      const enc = b[0] === 0xfe && b[1] === 0xff ? 'utf-16be' : b[0] === 0xff && b[1] === 0xfe ? 'utf-16le' : 'utf-8';
      decoder = new TextDecoder(enc, { fatal: true, ignoreBOM: false });
      bytes = b;
    }
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: !last });
    } catch {
      throw new PackageError('bad-encoding', { part });
    }
    if (text) scanner.write(text);
  };
  try {
    await feed((bytes) => push(bytes, false));
    push(new Uint8Array(0), true);
    scanner.close();
  } catch (e) {
    if (e instanceof XmlSyntaxError) throw e.doctype ? new PackageError('doctype', { part }) : new PackageError('bad-xml', { part, line: e.line, column: e.column });
    throw e;
  }
}

function concat2(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The shared strings (§18.4.9): plain or rich text, phonetic runs left out. */
export async function readSharedStrings(feed: Feed, part: string): Promise<string[]> {
  const out: string[] = [];
  let inSi = false;
  let phonetic = 0;
  let inT = false;
  let t = '';
  let si = '';
  await streamXml(feed, part, (want) => ({
    open(local, main) {
      if (!main) return;
      if (local === 'si') {
        inSi = true;
        si = '';
      } else if (local === 'rPh') phonetic++;
      else if (local === 't' && inSi && !phonetic) {
        inT = true;
        want(true);
        t = '';
      }
    },
    close(local, main) {
      if (!main) return;
      if (local === 't' && inT) {
        si += decodeXString(t);
        inT = false;
        want(false);
      } else if (local === 'rPh') phonetic--;
      else if (local === 'si') {
        out.push(si);
        inSi = false;
      }
    },
    text(x) {
      if (inT) t += x;
    },
  }));
  return out;
}

export interface WorksheetContext {
  name: string;
  visibility: SheetVisibility;
  part: string;
  sharedStrings: () => string[];
  styles: StyleInfo;
  date1904: boolean;
  budget: Budget;
}

export interface WorksheetRead {
  grid: SheetGrid;
  /** The sheet holds data validation (a rule in dataValidations, or Excel 2010's x14 form). */
  dataValidation: boolean;
}

/** "AB12" → [11, 27] (0-based row, column); [-1, -1] when it is not a cell of Excel's grid. */
function parseRef(ref: string): [number, number] {
  let i = 0;
  let col = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else break;
    if (col > MAX_COLS) return [-1, -1];
  }
  let row = 0;
  const start = i;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return [-1, -1];
    row = row * 10 + d;
    if (row > MAX_ROWS) return [-1, -1];
  }
  if (i === start || col === 0 || row === 0) return [-1, -1];
  return [row - 1, col - 1];
}

export async function readWorksheet(feed: Feed, ctx: WorksheetContext): Promise<WorksheetRead> {
  const { part, styles, budget } = ctx;
  const values: CellValue[][] = [];
  let fonts: (string | null)[][] | undefined;
  const formulaCells: string[] = [];
  const merges: string[] = [];
  let dataValidation = false;
  let sst: string[] | undefined;

  const tooLarge = () => new PackageError('grid-too-large', { part, sheet: ctx.name, limit: Math.round(budget.limit / 1e6) });
  const badCell = (r: number, c: number, reason: string) => new PackageError('bad-cell', { part, sheet: ctx.name, cell: r >= 0 && c >= 0 ? cellAddress(r, c) : undefined, reason });
  /** Rows up to r exist (empty ones shared). */
  const rowOf = (list: CellValue[][] | (string | null)[][], r: number): unknown[] => {
    if (r >= list.length) {
      budget.cells -= r + 1 - list.length;
      if (budget.cells < 0) throw tooLarge();
      while (list.length < r) list.push(EMPTY_ROW as never);
      list.push([]);
      return list[r];
    }
    let row = list[r] as unknown[];
    if (row === EMPTY_ROW) list[r] = (row = []) as never;
    return row;
  };
  const put = (list: CellValue[][] | (string | null)[][], r: number, c: number, v: unknown) => {
    const row = rowOf(list, r);
    if (c < row.length) {
      row[c] = v;
      return;
    }
    budget.cells -= c + 1 - row.length;
    if (budget.cells < 0) throw tooLarge();
    while (row.length < c) row.push(null);
    row.push(v);
  };

  let inSheetData = false;
  let rowIndex = -1;
  let col = -1;
  // The cell being read.
  let inCell = false;
  let cr = 0;
  let cc = 0;
  let type = 'n';
  let style = 0;
  let hasFormula = false;
  let vSeen = false;
  let capture = false;
  let v = '';
  let isSeen = false;
  let inT = false;
  let phonetic = 0;
  let isText = '';
  let t = '';

  await streamXml(feed, part, (want) => ({
    open(local, main, a, count) {
      if (!main) {
        if (local === 'dataValidation') dataValidation = true;
        return;
      }
      if (inCell) {
        if (local === 'v') {
          vSeen = true;
          capture = true;
          want(true);
          v = '';
        } else if (local === 'f') hasFormula = true;
        else if (local === 'is') isSeen = true;
        else if (local === 'rPh') phonetic++;
        else if (local === 't' && isSeen && !phonetic) {
          inT = true;
          want(true);
          t = '';
        }
        return;
      }
      switch (local) {
        case 'sheetData':
          inSheetData = true;
          return;
        case 'row': {
          if (!inSheetData) return;
          const r = attrOf(a, count, 'r');
          if (r !== undefined) {
            const n = Number(r);
            if (!Number.isInteger(n) || n < 1) throw badCell(-1, -1, 'row');
            if (n > MAX_ROWS) throw badCell(-1, -1, 'reference');
            rowIndex = n - 1;
          } else rowIndex++;
          col = -1;
          return;
        }
        case 'c': {
          if (!inSheetData) return;
          const ref = attrOf(a, count, 'r');
          if (ref !== undefined) {
            const [r, c] = parseRef(ref);
            if (c < 0) throw badCell(-1, -1, 'reference');
            cr = r;
            cc = c;
          } else {
            // Without a reference: the next cell of the row.
            cr = Math.max(rowIndex, 0);
            cc = col + 1;
            if (cc >= MAX_COLS) throw badCell(-1, -1, 'reference');
          }
          col = cc;
          inCell = true;
          type = attrOf(a, count, 't') ?? 'n';
          const st = attrOf(a, count, 's');
          style = st ? Number(st) : 0;
          hasFormula = vSeen = isSeen = inT = capture = false;
          phonetic = 0;
          isText = '';
          return;
        }
        case 'mergeCell': {
          const ref = attrOf(a, count, 'ref');
          if (ref) merges.push(ref.toUpperCase());
          return;
        }
        case 'dataValidation':
          dataValidation = true;
      }
    },
    close(local, main) {
      if (!main) return;
      if (!inCell) {
        if (local === 'sheetData') inSheetData = false;
        return;
      }
      switch (local) {
        case 'v':
          capture = false;
          want(false);
          return;
        case 't':
          if (inT) {
            isText += decodeXString(t);
            inT = false;
            want(false);
          }
          return;
        case 'rPh':
          phonetic--;
          return;
        case 'c':
          break;
        default:
          return;
      }
      inCell = false;
      let value: CellValue | undefined;
      switch (type) {
        case 's':
          if (vSeen && v.trim() !== '') {
            sst ??= ctx.sharedStrings();
            const i = Number(v);
            const s = Number.isInteger(i) ? sst[i] : undefined;
            if (s === undefined) throw badCell(cr, cc, 'shared-string');
            value = s;
          }
          break;
        case 'inlineStr':
          value = isSeen ? isText : vSeen ? decodeXString(v) : undefined;
          break;
        case 'str':
          value = vSeen ? decodeXString(v) : undefined;
          break;
        case 'b':
          if (vSeen) value = v.trim() === '1' || v.trim().toLowerCase() === 'true';
          break;
        case 'e':
          if (vSeen) value = { error: v.trim() };
          break;
        case 'd':
          if (vSeen && v.trim()) value = isoCell(v);
          break;
        default:
          if (isSeen) value = isText;
          else if (vSeen && v !== '') {
            const n = Number(v);
            if (Number.isFinite(n)) value = ctx.date1904 && styles.date[style] ? n + 1462 : n;
            else value = v;
          }
      }
      // A formula whose result was never computed still takes its place in the row.
      if (value === undefined && hasFormula) value = null;
      if (value === undefined) return;
      put(values, cr, cc, value);
      if (hasFormula) {
        // An address kept for each formula (a string and its pointer, about four slots of
        // the grid): counted too, so 15 million formula cells in a 1 MB file stay bounded.
        budget.cells -= FORMULA_CELL_COST;
        if (budget.cells < 0) throw tooLarge();
        formulaCells.push(cellAddress(cr, cc));
      }
      const font = styles.legacyFont[style];
      if (font) put((fonts ??= []), cr, cc, font);
    },
    text(x) {
      if (capture) v += x;
      else if (inT) t += x;
    },
  }));

  clearMerged(values, fonts, merges, budget, tooLarge);
  // Rows after the last one with a value are not part of the used range.
  let n = values.length;
  while (n > 0 && values[n - 1].length === 0) n--;
  values.length = n;
  if (fonts) {
    if (fonts.length > n) fonts.length = n;
    while (fonts.length < n) fonts.push(EMPTY_ROW as never);
  }
  const grid: SheetGrid = { name: ctx.name, visibility: ctx.visibility, values, top: 0, left: 0, merges, formulaCells, ...(fonts ? { fonts } : {}) };
  return { grid, dataValidation };
}

/**
 * Merged cells other than the top-left read as empty. Only rows holding cells are visited;
 * the work is counted against the budget, so a crafted sheet of overlapping merges ends
 * with a sentence, not in a loop.
 */
function clearMerged(values: CellValue[][], fonts: (string | null)[][] | undefined, merges: string[], budget: Budget, tooLarge: () => Error): void {
  if (!merges.length || !values.length) return;
  const rows: number[] = [];
  for (let r = 0; r < values.length; r++) if (values[r].length) rows.push(r);
  let work = budget.limit * 4;
  for (const m of merges) {
    let range;
    try {
      range = parseRange(m);
    } catch {
      continue;
    }
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid] < range.top) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < rows.length && rows[k] <= range.bottom; k++) {
      const r = rows[k];
      const row = values[r];
      const frow = fonts?.[r];
      const last = Math.min(range.right, row.length - 1);
      work -= 1 + Math.max(0, last - range.left + 1);
      if (work < 0) throw tooLarge();
      for (let c = range.left; c <= last; c++) {
        if (r === range.top && c === range.left) continue;
        row[c] = null;
        if (frow && c < frow.length) frow[c] = null;
      }
    }
  }
}
