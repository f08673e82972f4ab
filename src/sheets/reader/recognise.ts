/**
 * Finds, by content, which sheet is the staff list, the unit list and the history, where
 * their header is (anywhere in the first 30 rows, one or two rows, merged cells, a row of
 * column numbers under it) and which column holds which field.
 */
import type { DataIssue } from '../../domain/types';
import { pastRatingField, pastTitleField, type ColumnMapping, type SheetRecognition, type SheetRole } from '../fields';
import { parseAddress, parseRange, type SheetGrid } from '../grid';
import type { SheetMappingSetting } from '../../domain/settings';
import { ALIASES, matchAlias } from './aliases';
import { fold } from './fold';
import { asText, parseTitle } from './values';

const HEADER_SCAN_ROWS = 30;
const EXACT_ONLY = ['index', 'year'];

/** Reads a grid by absolute worksheet position, with merged areas filled from their top-left cell. */
export class GridView {
  private readonly mergeMaster = new Map<string, [number, number]>();
  /** Widest row near the top: the table's width (rows far below do not widen it). */
  readonly cols: number;
  constructor(readonly grid: SheetGrid) {
    let max = 0;
    for (const r of grid.values.slice(0, HEADER_SCAN_ROWS + 5)) max = Math.max(max, r.length);
    this.cols = grid.left + max;
    for (const m of grid.merges) {
      let r: ReturnType<typeof parseRange>;
      try {
        r = parseRange(m);
      } catch {
        continue;
      }
      // Only small header merges matter; a merge over a whole block is not expanded cell by cell.
      if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 400) continue;
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) if (row !== r.top || col !== r.left) this.mergeMaster.set(`${row},${col}`, [r.top, r.left]);
    }
  }
  get rows(): number {
    return this.grid.top + this.grid.values.length;
  }
  raw(row: number, col: number) {
    return this.grid.values[row - this.grid.top]?.[col - this.grid.left] ?? null;
  }
  /** The value shown at (row, col): a merged cell shows its top-left value. */
  shown(row: number, col: number) {
    const m = this.mergeMaster.get(`${row},${col}`);
    return m ? this.raw(m[0], m[1]) : this.raw(row, col);
  }
  isMergedWith(row: number, col: number, masterRow: number): boolean {
    const m = this.mergeMaster.get(`${row},${col}`);
    return m !== undefined && m[0] === masterRow;
  }
}

const YEAR = /\b(19|20)\d\d\b/;
const yearIn = (s: string): number | undefined => {
  const m = YEAR.exec(s);
  return m ? Number(m[0]) : undefined;
};

interface Candidate {
  role: SheetRole;
  headerTop: number;
  headerBottom: number;
  columns: ColumnMapping[];
  score: number;
}

/** The field of one column, given its header label and the group label above it. */
function fieldOf(role: SheetRole, label: string, parent: string, year: number): string | undefined {
  const f = fold(label);
  const pf = fold(parent);
  if (!f) return undefined;
  // "Năm sinh" split into "Nam" / "Nữ": the column also gives the gender.
  if (role === 'staff' && /\b(nam|ngay) sinh\b/.test(pf)) {
    if (f === 'nam') return 'birthMale';
    if (f === 'nu') return 'birthFemale';
  }
  const y = yearIn(f) ?? yearIn(pf);
  const title = role !== 'history' && y !== undefined ? parseTitle(label) : undefined;
  if (title && y !== undefined && y < year) return pastTitleField(title, y);
  const field = matchAlias(f, ALIASES[role], EXACT_ONLY);
  if ((field === 'rating' || field === 'unitRating') && y !== undefined && y !== year) return y < year ? pastRatingField(y) : undefined;
  return field;
}

function labelsAt(view: GridView, top: number, bottom: number, col: number): { label: string; parent: string; header: string } {
  const t = asText(view.shown(top, col)).trim();
  if (bottom === top) return { label: t, parent: '', header: t };
  const sub = view.isMergedWith(bottom, col, top) ? '' : asText(view.raw(bottom, col)).trim();
  if (!sub) return { label: t, parent: '', header: t };
  return { label: sub, parent: t, header: t ? `${t} / ${sub}` : sub };
}

function candidate(view: GridView, role: SheetRole, top: number, bottom: number, year: number): Candidate {
  const columns: ColumnMapping[] = [];
  const seen = new Set<string>();
  for (let col = view.grid.left; col < view.cols; col++) {
    const { label, parent, header } = labelsAt(view, top, bottom, col);
    const field = fieldOf(role, label, parent, year);
    if (!field || seen.has(field)) continue;
    seen.add(field);
    columns.push({ field, col, header });
  }
  const has = (f: string) => seen.has(f);
  let score = columns.length;
  if (role === 'staff') score = has('name') ? score + (has('rating') ? 3 : 0) + (has('year') ? -5 : 0) : 0;
  if (role === 'units') score = has('unitName') && !has('name') ? score + (has('unitRating') ? 2 : 0) : 0;
  if (role === 'history') score = has('name') && has('year') && has('title') ? score + 4 : 0;
  return { role, headerTop: top, headerBottom: bottom, columns, score };
}

/** A row like "(1) (2) (3) …" under the header. */
function isNumberingRow(view: GridView, row: number): boolean {
  let n = 0;
  let numbered = 0;
  for (let col = view.grid.left; col < view.cols; col++) {
    const v = view.raw(row, col);
    const s = asText(v).trim();
    if (!s) continue;
    n++;
    if (/^\(?\d{1,2}\)?$/.test(s) || /^[A-Z]$/.test(s)) numbered++;
  }
  return n >= 3 && numbered / n >= 0.8;
}

function bestCandidate(grid: SheetGrid, year: number): Candidate | undefined {
  const view = new GridView(grid);
  let best: Candidate | undefined;
  const last = Math.min(view.rows, grid.top + HEADER_SCAN_ROWS);
  for (let row = grid.top; row < last; row++) {
    for (const role of ['staff', 'units', 'history'] as SheetRole[]) {
      for (const bottom of [row, row + 1]) {
        if (bottom >= view.rows) continue;
        const c = candidate(view, role, row, bottom, year);
        if (c.score > 0 && (!best || c.score > best.score)) best = c;
      }
    }
  }
  return best;
}

function fromSettings(grid: SheetGrid, s: SheetMappingSetting, year: number): Candidate | undefined {
  if (s.role === 'ignore') return undefined;
  const auto = bestCandidate(grid, year);
  const headerBottom = s.headerRow ? s.headerRow - 1 : auto?.headerBottom ?? grid.top;
  const headerTop = auto && auto.headerBottom === headerBottom ? auto.headerTop : headerBottom;
  const columns = (auto?.role === s.role ? auto.columns : []).filter((c) => !(c.field in s.columns));
  const view = new GridView(grid);
  for (const [field, letter] of Object.entries(s.columns)) {
    if (!letter) continue;
    let col: number;
    try {
      col = parseAddress(`${letter}1`).col;
    } catch {
      continue;
    }
    columns.push({ field, col, header: labelsAt(view, headerTop, headerBottom, col).header, fromSettings: true });
  }
  columns.sort((a, b) => a.col - b.col);
  return { role: s.role, headerTop, headerBottom, columns, score: 1000 };
}

export interface RecogniseOptions {
  year: number;
  mapping?: Record<string, SheetMappingSetting>;
}

/** The best sheet for each role, with the header and the column mapping. */
export function recognise(grids: SheetGrid[], options: RecogniseOptions): { recognitions: SheetRecognition[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const found: (Candidate & { sheet: string; grid: SheetGrid })[] = [];
  for (const grid of grids) {
    const s = options.mapping?.[grid.name];
    const c = s ? fromSettings(grid, s, options.year) : bestCandidate(grid, options.year);
    if (c) found.push({ ...c, sheet: grid.name, grid });
  }
  const recognitions: SheetRecognition[] = [];
  for (const role of ['staff', 'units', 'history'] as SheetRole[]) {
    const ranked = found.filter((c) => c.role === role).sort((a, b) => b.score - a.score);
    if (!ranked.length) continue;
    const best = ranked[0];
    const second = ranked[1];
    if (role === 'staff' && second && second.score < 1000 && ['name', 'rating'].every((f) => second.columns.some((c) => c.field === f))) {
      issues.push({ severity: 'warning', code: 'two-staff-sheets', sheet: ranked[1].sheet, args: { used: best.sheet, other: ranked[1].sheet } });
    }
    const view = new GridView(best.grid);
    let dataStart = best.headerBottom + 1;
    while (dataStart < view.rows && isNumberingRow(view, dataStart)) dataStart++;
    const keyFields = { staff: ['name', 'rating', 'unit'], units: ['unitName', 'unitRating'], history: ['name', 'year', 'title'] }[role];
    const confidence = keyFields.filter((f) => best.columns.some((c) => c.field === f)).length / keyFields.length;
    recognitions.push({ sheet: best.sheet, role, headerTop: best.headerTop, headerBottom: best.headerBottom, dataStart, columns: best.columns, confidence });
  }
  return { recognitions, issues };
}
