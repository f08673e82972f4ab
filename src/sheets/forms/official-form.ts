/**
 * The blocks every printed document shares (NĐ 30/2020 Phụ lục I): the agency block and
 * the national motto side by side, the title, the place and date, the signer. Pure: rows
 * of cells and merges that each document stacks around its own table.
 */
import type { AgencySetting } from '../../domain/settings';
import { t, type Lang } from '../../i18n/catalogue';
import { placeDate } from '../../dossier/letterhead';
import type { Table } from '../../dossier/model';
import { cellAddress, type CellSpec, type PrintSetup, type StyleId, type WrittenValue } from '../grid';
import { indexCell } from '../text-memo';

/** Margins of rules.md: top/bottom 20–25 mm, left 30–35, right 15–20. */
export const OFFICIAL_MARGINS = { top: 20, bottom: 20, left: 30, right: 15 } as const;

export function officialPrint(orientation: PrintSetup['orientation'], headerRow?: number): PrintSetup {
  return {
    orientation,
    margins: { ...OFFICIAL_MARGINS },
    ...(headerRow ? { repeatRows: [headerRow, headerRow] as [number, number] } : {}),
    fitToWidth: true,
    pageNumbers: true,
  };
}

/**
 * Text never starts a formula. The adapters already write strings as strings; this guard
 * also keeps a copy pasted elsewhere safe: a leading = + - @ gets a space in front.
 */
export function safeText(v: string): string {
  const first = v.charCodeAt(0);
  // = + - @
  return first === 61 || first === 43 || first === 45 || first === 64 ? ` ${v}` : v;
}

export const cell = (v: WrittenValue, s?: StyleId): CellSpec => {
  const value = typeof v === 'string' ? safeText(v) : v;
  return s ? { v: value, s } : { v: value };
};

/**
 * A document under construction: rows appended one at a time, merges recorded in A1.
 * `cols` is the width of the table; blocks spread across it.
 */
export class DocBuilder {
  readonly rows: CellSpec[][] = [];
  readonly merges: string[] = [];
  constructor(readonly cols: number) {}

  /** 1-based number of the next row. */
  get next(): number {
    return this.rows.length + 1;
  }

  push(row: CellSpec[]): number {
    this.rows.push(row);
    return this.rows.length;
  }

  blank(): void {
    this.rows.push([]);
  }

  /** One text across columns [from, to] (0-based, inclusive). */
  span(parts: { from: number; to: number; v: WrittenValue; s?: StyleId }[]): number {
    const row: CellSpec[] = [];
    const r = this.rows.length;
    for (const p of parts) {
      while (row.length < p.from) row.push(cell(null));
      row.push(cell(p.v, p.s));
      for (let c = p.from + 1; c <= p.to; c++) row.push(cell(null, p.s));
      if (p.to > p.from) this.merges.push(`${cellAddress(r, p.from)}:${cellAddress(r, p.to)}`);
    }
    return this.push(row);
  }

  /** A full-width line. */
  line(v: WrittenValue, s?: StyleId): number {
    return this.span([{ from: 0, to: this.cols - 1, v, s }]);
  }
}

/** Where the left (agency) block ends and the right (motto, signer) block starts. */
export function splitColumns(cols: number, leftCols?: number): { left: [number, number]; right: [number, number] } {
  const l = Math.max(1, Math.min(cols - 1, leftCols ?? Math.floor(cols / 2) - (cols > 4 ? 1 : 0)));
  return { left: [0, l - 1], right: [l, cols - 1] };
}

/**
 * Agency block (parent agency, agency name bold) beside the national motto; the motto's
 * second line is underlined (the rule under it: an underline renders in LibreOffice and
 * Excel alike, a border on a merged cell would run the whole width).
 */
export function officialHeader(b: DocBuilder, agency: AgencySetting, lang: Lang, leftCols?: number, under?: { left?: string; right?: string }): void {
  const { left, right } = splitColumns(b.cols, leftCols);
  b.span([
    { from: left[0], to: left[1], v: agency.parent.toUpperCase(), s: 'agencyParent' },
    { from: right[0], to: right[1], v: t('doc.motto', {}, lang), s: 'motto' },
  ]);
  b.span([
    { from: left[0], to: left[1], v: agency.name.toUpperCase(), s: 'agency' },
    { from: right[0], to: right[1], v: t('doc.mottoSub', {}, lang), s: 'mottoSub' },
  ]);
  if (under) {
    b.span([
      { from: left[0], to: left[1], v: under.left ?? '', s: 'agencyParent' },
      { from: right[0], to: right[1], v: under.right ?? '', s: 'placeDate' },
    ]);
  }
  b.blank();
}

/**
 * Place and date, the signer's title, room to sign, the signer's name: in the right block.
 * `signer` replaces the agency's head (the counting committee's head signs the tally).
 */
export function signatureBlock(
  b: DocBuilder,
  agency: AgencySetting,
  isoDate: string | null,
  lang: Lang,
  leftCols?: number,
  leftLines: { v: string; s?: StyleId }[] = [],
  signer: { title: string; name: string } = { title: agency.signerTitle, name: agency.signerName },
): void {
  const { left, right } = splitColumns(b.cols, leftCols);
  const rightLines: { v: string; s: StyleId }[] = [
    ...(isoDate ? [{ v: placeDate(agency.place, isoDate, lang), s: 'placeDate' as StyleId }] : []),
    { v: signer.title.toUpperCase(), s: 'signerTitle' },
    { v: '', s: 'signerTitle' },
    { v: '', s: 'signerTitle' },
    { v: '', s: 'signerTitle' },
    { v: signer.name, s: 'signerName' },
  ];
  const n = Math.max(rightLines.length, leftLines.length + 1);
  for (let i = 0; i < n; i++) {
    const l = i >= 1 ? leftLines[i - 1] : undefined;
    const r = rightLines[i];
    const parts: { from: number; to: number; v: WrittenValue; s?: StyleId }[] = [];
    if (l) parts.push({ from: left[0], to: left[1], v: l.v, s: l.s });
    if (r) parts.push({ from: right[0], to: right[1], v: r.v, s: r.s });
    if (parts.length) b.span(parts);
    else b.blank();
  }
}

/**
 * "DỰ THẢO" in a box at the right of the paper's top, for a paper the council has not voted
 * yet (its vote is pending: the list it holds is the engine's proposal, not a decision).
 */
export function draftMark(b: DocBuilder, lang: Lang, cols = 1): void {
  // On the blank line under the header when there is one.
  const last = b.rows[b.rows.length - 1];
  if (last && last.length === 0) b.rows.pop();
  b.span([{ from: b.cols - cols, to: b.cols - 1, v: t('doc.draft', {}, lang), s: 'draft' }]);
}

/**
 * Column widths that fit each cell's text on one line, from row `fromRow` (1-based) down:
 * printed rows keep the height they were given, so text that wraps would run into the
 * next row. Merged cells (group rows, blocks) are left out; `min` gives each column's floor.
 */
export function fitWidths(b: DocBuilder, fromRow: number, min: number[], max = 90): number[] {
  const merged = new Set<string>();
  for (const m of b.merges) {
    const [a] = m.split(':');
    merged.add(a);
  }
  // Rows that start a merge, so the address of a cell is worked out only on those rows.
  const mergedRows = new Set<number>();
  for (const a of merged) {
    const digits = /\d+$/.exec(a);
    if (digits) mergedRows.add(Number(digits[0]) - 1);
  }
  const widths = min.slice();
  const rows = b.rows;
  for (let r = Math.max(0, fromRow - 1); r < rows.length; r++) {
    const row = rows[r];
    const checkMerged = mergedRows.has(r);
    const n = Math.min(row.length, widths.length);
    for (let col = 0; col < n; col++) {
      const c = row[col];
      if (c.v === null || c.v === '' || (checkMerged && merged.has(cellAddress(r, col)))) continue;
      const text = typeof c.v === 'string' ? c.v : String(c.v);
      let longest = text.length;
      if (text.includes('\n')) longest = Math.max(...text.split('\n').map((l) => l.length));
      const bold = c.s === 'header' || c.s === 'totalRow' || c.s === 'groupRow';
      widths[col] = Math.min(max, Math.max(widths[col], Math.ceil(longest * (bold ? 0.92 : 0.8)) + 2));
    }
  }
  return widths;
}

/**
 * A table of the dossier (src/dossier/model.ts) laid out in cells: the header row, then group
 * rows across the width, data and total rows. Columns of figures keep the row's numbers
 * (counts right-aligned, shares as percentages) so Excel can sum and sort them; the rest is
 * the dossier's text as it is. `spans`: the sheet columns each table column takes when the
 * sheet is wider than the table. Returns the header's row number (repeated on every page).
 */
export function tableRows(b: DocBuilder, table: Table, spans?: [number, number][]): number {
  const at = (i: number): [number, number] => spans?.[i] ?? [i, i];
  const header = b.span(table.columns.map((c, i) => ({ from: at(i)[0], to: at(i)[1], v: c.header, s: 'header' as StyleId })));
  for (const row of table.rows) {
    if (row.kind === 'group') {
      b.span([{ from: 0, to: b.cols - 1, v: row.cells[0], s: 'groupRow' }]);
      continue;
    }
    const total = row.kind === 'total';
    const parts = table.columns.map((c, i) => {
      const [from, to] = at(i);
      const n = row.values?.[i];
      if (typeof n === 'number') {
        if (i === 0 && !spans && to === from) return { from, to, v: n, s: 'cellCenter' as StyleId, index: true };
        return { from, to, v: n, s: (c.figure === 'share' ? 'percent' : c.figure === 'count' ? 'number' : 'cellCenter') as StyleId };
      }
      return { from, to, v: row.cells[i] ?? '', s: (total ? 'totalRow' : c.align === 'center' ? 'cellCenter' : 'cell') as StyleId };
    });
    if (parts.every((p) => p.from === p.to)) {
      // One cell per column (the long lists): the shared index cells of the review, no merges to record.
      b.push(parts.map((p) => ('index' in p ? indexCell(p.v as number, 'cellCenter') : cell(p.v, p.s))));
    } else b.span(parts);
  }
  return header;
}
