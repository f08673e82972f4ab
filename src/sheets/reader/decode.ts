/**
 * The first step of reading: each input grid with text typed in TCVN3 or VNI (legacy fonts)
 * read as Unicode and decomposed text as NFC, on copies (the input sheets stay as they
 * are), and each converted range reported as an issue. The text rules themselves (tables,
 * detection) are `text/legacy.ts`; this file walks the grids.
 */
import type { DataIssue } from '../../domain/types';
import { cellAddress, parseAddress, type CellValue, type SheetGrid } from '../grid';
import { assess, convertByFont, encodingName, encodingOfFont, hasNonAscii, mayBeLegacy, toUnicode, type LegacyEncoding, type Strength, type WordVerdicts } from '../../text/legacy';

/** Every grid decoded, with one issue per converted range; one table of judged words for the whole review. */
export function decodeGrids(grids: SheetGrid[]): { grids: SheetGrid[]; issues: DataIssue[] } {
  const verdicts: WordVerdicts = new Map();
  const decoded = grids.map((g) => convertGridText(g, verdicts));
  return { grids: decoded.map((d) => d.grid), issues: decoded.flatMap((d) => d.converted.map(legacyIssue)) };
}

export interface ConvertedRange {
  sheet: string;
  encoding: LegacyEncoding;
  /** A1 range like "B5:B40" (one cell: "B5"); empty, numeric and plain-ASCII cells inside were left as they were. */
  range: string;
  /** Cells whose text was converted. */
  cells: number;
  by: 'font' | 'text';
}

interface Hit {
  row: number;
  col: number;
  enc: LegacyEncoding;
  by: 'font' | 'text';
}

/** A cell a range may run across: empty, not text, or plain ASCII text left unchanged. */
const neutral = (v: CellValue | undefined): boolean => v === null || v === undefined || typeof v !== 'string' || !hasNonAscii(v);

/**
 * A new grid with legacy-encoded text cells converted to Unicode and every text cell in
 * NFC; the input grid is not changed. A cell's legacy font (grid.fonts) decides its
 * encoding, unless the text already holds letters only Unicode has; without a font the
 * text is judged by detectEncoding, and a weaker sign is accepted in a column that holds
 * clear legacy text of the same encoding. Fonts of converted cells are cleared in the new
 * grid, so converting twice changes nothing. Converted cells are reported per column, as
 * runs of rows (a run crosses empty, numeric and plain-ASCII cells); a column broken into
 * more than five runs of one encoding is reported as one span from its first to its last.
 */
export function convertGridText(grid: SheetGrid, verdicts: WordVerdicts = new Map()): { grid: SheetGrid; converted: ConvertedRange[] } {
  // Rows are copied only when one of their cells changes (most sheets are Unicode already).
  const values = grid.values.slice();
  const copied = new Set<number>();
  const writable = (r: number) => {
    if (!copied.has(r)) {
      values[r] = values[r].slice();
      copied.add(r);
    }
    return values[r];
  };
  const fonts = grid.fonts?.map((row) => row.slice());
  const hits: Hit[] = [];
  const weak: Hit[] = [];
  /** Verdicts on texts already seen (lists repeat units, titles, ratings). */
  const seen = new Map<string, { text: string; enc?: LegacyEncoding; strength?: Strength }>();
  const judge = (v: string) => {
    if (!mayBeLegacy(v)) return { text: v.normalize('NFC') };
    let j = seen.get(v);
    if (!j) {
      const a = assess(v, verdicts);
      j = a?.strength === 'strict' ? { text: toUnicode(v, a.enc), ...a } : { text: v.normalize('NFC'), ...a };
      if (seen.size < 20_000) seen.set(v, j);
    }
    return j;
  };
  /** Column → encodings with clear evidence in it. */
  const sure = new Map<number, Set<LegacyEncoding>>();
  const noteSure = (col: number, enc: LegacyEncoding) => {
    let s = sure.get(col);
    if (!s) sure.set(col, (s = new Set()));
    s.add(enc);
  };

  for (let r = 0; r < values.length; r++) {
    const row = grid.values[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || v === '') continue;
      const font = grid.fonts?.[r]?.[c] ?? undefined;
      const byFont = encodingOfFont(font);
      const converted = byFont ? convertByFont(v, font) : undefined;
      if (converted) {
        writable(r)[c] = converted.text;
        hits.push({ row: r, col: c, enc: converted.enc, by: 'font' });
        noteSure(c, converted.enc);
        if (fonts?.[r]) fonts[r][c] = null;
        continue;
      }
      if (!hasNonAscii(v)) continue;
      const j = byFont ? { text: v.normalize('NFC') } : judge(v);
      if (j.text !== v) writable(r)[c] = j.text;
      if (j.enc && j.strength === 'strict') {
        hits.push({ row: r, col: c, enc: j.enc, by: 'text' });
        noteSure(c, j.enc);
      } else if (j.enc) weak.push({ row: r, col: c, enc: j.enc, by: 'text' });
    }
  }
  for (const w of weak) {
    if (!sure.get(w.col)?.has(w.enc)) continue;
    const v = grid.values[w.row][w.col] as string;
    writable(w.row)[w.col] = toUnicode(v, w.enc);
    hits.push(w);
  }

  const out: SheetGrid = {
    ...grid,
    values,
    merges: grid.merges.slice(),
    ...(grid.formulaCells ? { formulaCells: grid.formulaCells.slice() } : {}),
    ...(fonts ? { fonts } : {}),
  };
  return { grid: out, converted: rangesOf(grid, hits) };
}

/** More runs than this for one column, encoding and way of finding: reported as one span. */
const MAX_RUNS = 5;

interface Run {
  first: Hit;
  last: Hit;
  cells: number;
}

function rangesOf(grid: SheetGrid, hits: Hit[]): ConvertedRange[] {
  const sorted = hits.slice().sort((a, b) => a.col - b.col || a.row - b.row);
  /** Runs of one column, per encoding and way of finding, in order of first row. */
  const groups = new Map<string, Run[]>();
  const order: Run[][] = [];
  for (const h of sorted) {
    const key = `${h.col}|${h.enc}|${h.by}`;
    let runs = groups.get(key);
    if (!runs) {
      groups.set(key, (runs = []));
      order.push(runs);
    }
    const run = runs[runs.length - 1];
    if (run && gapIsNeutral(grid, h.col, run.last.row, h.row)) {
      run.last = h;
      run.cells++;
    } else runs.push({ first: h, last: h, cells: 1 });
  }
  const range = (r: Run): ConvertedRange => {
    const a = cellAddress(grid.top + r.first.row, grid.left + r.first.col);
    const b = cellAddress(grid.top + r.last.row, grid.left + r.last.col);
    return { sheet: grid.name, encoding: r.first.enc, range: a === b ? a : `${a}:${b}`, cells: r.cells, by: r.first.by };
  };
  const out = order.flatMap((runs) => (runs.length > MAX_RUNS ? [range({ first: runs[0].first, last: runs[runs.length - 1].last, cells: runs.reduce((n, r) => n + r.cells, 0) })] : runs.map(range)));
  return mergeSideBySide(out).sort((x, y) => {
    const p = parseAddress(x.range.split(':')[0]);
    const q = parseAddress(y.range.split(':')[0]);
    return p.col - q.col || p.row - q.row;
  });
}

/**
 * Runs of neighbouring columns over the same rows (a whole table typed in TCVN3) become one
 * rectangle, "B1:E11", so the issue list names a table once rather than column by column.
 */
function mergeSideBySide(ranges: ConvertedRange[]): ConvertedRange[] {
  const area = (r: ConvertedRange) => {
    const [a, b = a] = r.range.split(':');
    const p = parseAddress(a);
    const q = parseAddress(b);
    return { top: p.row, bottom: q.row, left: p.col, right: q.col };
  };
  const sorted = ranges.map((r) => ({ r, a: area(r) })).sort((x, y) => x.a.top - y.a.top || x.a.bottom - y.a.bottom || x.a.left - y.a.left);
  const out: { r: ConvertedRange; a: ReturnType<typeof area> }[] = [];
  for (const cur of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.r.encoding === cur.r.encoding && prev.r.by === cur.r.by && prev.a.top === cur.a.top && prev.a.bottom === cur.a.bottom && prev.a.right + 1 === cur.a.left) {
      prev.a = { ...prev.a, right: cur.a.right };
      prev.r = { ...prev.r, cells: prev.r.cells + cur.r.cells, range: `${cellAddress(prev.a.top, prev.a.left)}:${cellAddress(prev.a.bottom, prev.a.right)}` };
    } else out.push({ ...cur });
  }
  return out.map((x) => x.r);
}

/** Rows strictly between `from` and `to` in column `col` hold nothing a run should stop at. */
function gapIsNeutral(grid: SheetGrid, col: number, from: number, to: number): boolean {
  for (let r = from + 1; r < to; r++) if (!neutral(grid.values[r]?.[col])) return false;
  return true;
}

/** The data issue telling the user a range was converted (code 'legacy-converted'). */
export function legacyIssue(r: ConvertedRange): DataIssue {
  return {
    severity: r.by === 'font' ? 'info' : 'warning',
    code: 'legacy-converted',
    sheet: r.sheet,
    args: { sheet: r.sheet, range: r.range, encoding: encodingName(r.encoding), cells: r.cells },
  };
}
