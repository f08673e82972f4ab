/**
 * Which row of a sheet is what: blank, a totals row, a signature block that ends the table, or
 * a row to read.
 */
import { fold } from './fold';
import type { GridView } from './recognise';
import { isBlank } from './values';

/**
 * Why a row is not data: a totals row is skipped; a signature block (a place-and-date
 * line, "NGƯỜI LẬP BIỂU", "GIÁM ĐỐC" on a row of its own) ends the table.
 */
export function rowKind(view: GridView, row: number): 'blank' | 'totals' | 'signature' | 'data' {
  const values = view.grid.values[row - view.grid.top];
  if (!values) return 'blank';
  const end = Math.min(view.cols, view.grid.left + 60) - view.grid.left;
  let filled = 0;
  let totals = false;
  for (let i = 0; i < end; i++) {
    const v = values[i] ?? null;
    if (isBlank(v)) continue;
    filled++;
    if (i < 4 && typeof v === 'string' && /^(tong cong|cong|tong so|tong)\b/.test(fold(v))) totals = true;
  }
  if (!filled) return 'blank';
  if (totals) return 'totals';
  // A signature line stands nearly alone on its row: looked for only on rows of at most three cells.
  if (filled > 3) return 'data';
  for (let i = 0; i < end; i++) {
    const v = values[i] ?? null;
    if (typeof v !== 'string' || isBlank(v)) continue;
    const f = fold(v);
    if (/\bngay\s+\d*\s*thang\s+\d*\s*nam\b/.test(f) || /^(nguoi lap( bieu)?|giam doc|thu truong( don vi)?|ke toan truong|t ?m|kt|xac nhan)( |$)/.test(f)) return 'signature';
  }
  return 'data';
}

