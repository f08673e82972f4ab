/**
 * A worksheet's grid read by absolute position, with merged areas filled from their top-left
 * cell: what recognition and the row reader both look at (its own file, so that the row
 * reader, rows.ts, does not import recognition, which imports it).
 */
import { parseRange, type CellValue, type SheetGrid } from '../grid';

export const HEADER_SCAN_ROWS = 30;
export const MAX_HEADER_ROWS = 3;

/** Reads a grid by absolute worksheet position, with merged areas filled from their top-left cell. */
export class GridView {
  private readonly mergeMaster = new Map<string, [number, number]>();
  /** Merges over several columns, by the row they end on (group headers: "Số ngày nghỉ trong năm" over the months). */
  private readonly groupsEndingAt = new Map<number, { left: number; right: number }[]>();
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
      if (r.right > r.left && r.bottom - r.top < MAX_HEADER_ROWS) this.groupsEndingAt.set(r.bottom, [...(this.groupsEndingAt.get(r.bottom) ?? []), { left: r.left, right: r.right }]);
      if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 400) continue;
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) if (row !== r.top || col !== r.left) this.mergeMaster.set(`${row},${col}`, [r.top, r.left]);
    }
  }
  get rows(): number {
    return this.grid.top + this.grid.values.length;
  }
  raw(row: number, col: number): CellValue {
    return this.grid.values[row - this.grid.top]?.[col - this.grid.left] ?? null;
  }
  /** The value shown at (row, col): a merged cell shows its top-left value. */
  shown(row: number, col: number): CellValue {
    const m = this.mergeMaster.get(`${row},${col}`);
    return m ? this.raw(m[0], m[1]) : this.raw(row, col);
  }
  /**
   * The columns of a row holding month numbers 1–12 right under a group header ("Số ngày nghỉ
   * trong năm" merged over "1 | 2 | … | 12 | Cộng"): header labels, not data nor a numbering row.
   */
  monthLabels(row: number): Set<number> {
    const out = new Set<number>();
    const groups = this.groupsEndingAt.get(row - 1);
    if (!groups) return out;
    for (const g of groups) {
      const cols: number[] = [];
      let last = 0;
      for (let col = g.left; col <= g.right; col++) {
        const v = this.raw(row, col);
        if (typeof v === 'number' && Number.isInteger(v) && v === last + 1 && v <= 12) {
          cols.push(col);
          last = v;
        }
      }
      if (cols.length >= 3) for (const c of cols) out.add(c);
    }
    return out;
  }
  /** The row where the merged area holding (row, col) starts (the row itself when not merged). */
  mergeTop(row: number, col: number): number {
    return this.mergeMaster.get(`${row},${col}`)?.[0] ?? row;
  }
}
