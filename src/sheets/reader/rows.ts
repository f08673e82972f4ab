/**
 * Which row of a sheet is what, by what the row IS: a totals row is a cell that says nothing
 * but "Tổng cộng" / "Cộng" / "Tổng số" (with at most a count or a unit after it), or a row of
 * numbers with no text, never a name or a position that begins like one (the surnames Tống and
 * Công, "Công chức …"). Under the table, a summary block ("Tổng hợp chung: - Tốt: 12") and a
 * legend of codes ("A1: Hoàn thành xuất sắc nhiệm vụ") are recognised, and the legend is kept
 * so the rating column's codes can be read through it. A signature block ends the table.
 */
import { fold } from './fold';
import type { GridView } from './grid-view';
import { isNumberingRow } from './recognise';
import { asText, isBlank, parseRating } from './values';
import type { LegendEntry } from '../reading';

export type RowKind = 'blank' | 'totals' | 'legend' | 'summary' | 'signature' | 'data';

/** Units a subtotal names after "Cộng" ("Cộng phòng Tổ chức", "Cộng khoa Nội"). */
const SUBTOTAL_OF = '(?:phong|khoa|to|don vi|nhom|khoi|ban|bo phan|muc|phan|chi nhanh|truong|tram)';
/** What can follow a totals word: a count ("15 người"), roman parts summed ("I + II"), or "toàn cơ quan". */
const TOTALS_TAIL = `(?: (?:\\d+|[ivx]+)(?: (?:nguoi|cb|can bo|ccvc|cbccvc|vien chuc|cong chuc|ld|lao dong))?)*(?: (?:toan|chung|ca) [a-z ]{1,30}| chung)?`;
/** What is counted, after the totals word ("Tổng số CBCCVC", "Tổng số người"). */
const COUNTED = '(?: (?:cbccvc|ccvc|cbcc|cb|can bo|nguoi|lao dong|vien chuc|cong chuc|hoc sinh|giao vien))?';
// After a bare "Cộng" nothing is counted: "Công nhân", "Công chức" are positions.
const TOTALS_CELL = new RegExp(`^(?:(?:tong cong|tong so|tong)${COUNTED}|cong|tong cong chung|cong chung|(?:tong )?cong ${SUBTOTAL_OF}(?: [a-z ]{1,40})?)${TOTALS_TAIL}$`);

/** Whether a cell's whole text says "total" (not a name that begins like it). */
export function isTotalsCell(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  // Every totals word starts with T or C: most cells are told apart without folding.
  const first = v.trimStart().charAt(0).toLowerCase();
  if (first !== 't' && first !== 'c') return false;
  const f = fold(v);
  if (!f || f.length > 60) return false;
  // "Công Văn Tâm" and "Tống Thị Hoa" are people; "Cộng phòng …" is a subtotal only when no rating stands on the row (checked by the caller).
  return TOTALS_CELL.test(f) && !/^cong to vien\b/.test(f);
}

/** A heading that opens a block under the table: a summary, notes, a legend. */
const BLOCK_HEAD = /^(tong hop( chung| ket qua)?|trong do|ghi chu|chu thich|chu giai|ky hieu|giai thich ky hieu|thong ke|ket qua tong hop|so lieu tong hop)\b/;
/** "- Tốt: 12", "Hoàn thành tốt nhiệm vụ: 12 người", "Xuất sắc = 5 (16,7%)". */
const SUMMARY_ITEM = /^[-+•*–]?\s*[^:=]{1,80}[:=]\s*\d+(?:[.,]\d+)?\s*(?:người|nguoi|ng|%|\(.*\))?\s*[.;,]?$/i;
/** "A1: Hoàn thành xuất sắc nhiệm vụ", "B - HTTNV", "2 = Hoàn thành nhiệm vụ". */
const LEGEND_ITEM = /^\s*[-+•*]?\s*([A-Za-zĐđ]{1,3}\d{0,2}|\d{1,2})\s*[:=–-]\s*(.+?)\s*[.;]?\s*$/;

export type { LegendEntry } from '../reading';

/** The code → rating entries a legend text gives ("A1: HTXSNV; A2: Hoàn thành tốt nhiệm vụ"); none when it is no legend. */
export function legendEntries(text: string): LegendEntry[] {
  const out: LegendEntry[] = [];
  const body = text.normalize('NFC').replace(/^\s*(ghi chú|chú thích|chú giải|ký hiệu|kí hiệu|giải thích ký hiệu)\s*:?\s*/i, '');
  for (const part of body.split(/[;\n\r]+|,(?=\s*(?:[A-Za-zĐđ]{1,3}\d{0,2}|\d{1,2})\s*[:=–-])/)) {
    const m = LEGEND_ITEM.exec(part);
    if (!m) continue;
    const rating = parseRating(m[2]);
    // A rating word as the "code" is a summary line ("Tốt: 12"), not a legend.
    if (rating && parseRating(m[1]) === undefined) out.push({ code: fold(m[1]), rating, text: m[2].trim() });
  }
  return out;
}

export interface RowFacts {
  kind: RowKind;
  /** The row's legend entries (kind 'legend'). */
  legend?: LegendEntry[];
  /** The text that decided (the totals cell, the heading), for the list of rows read as no person. */
  text?: string;
}

/** Columns that tell a person's row: a rating that reads on the row makes it data, whatever else it holds. */
export interface RowColumns {
  ratingCol?: number;
  /** The name column: a totals label stands there or at the left of the table. */
  nameCol?: number;
  /** Reads the rating cell with the clerk's map and the legend (the caller's reader). */
  readsAsRating?: (v: unknown) => boolean;
}

const MAX_ROW_COLS = 60;
/** Columns where a totals label is looked for (the index, the name, the position, the unit). */
const TOTALS_COLS = 5;

/**
 * What one row is. `afterTable`: a block heading or a totals row was already seen on this
 * sheet, so short rows of "label: number" are the summary's lines.
 */
export function rowFacts(view: GridView, row: number, cols: RowColumns = {}, afterTable = false): RowFacts {
  const values = view.grid.values[row - view.grid.top];
  if (!values) return { kind: 'blank' };
  // A row whose rating reads is someone's, whatever else it says (and most rows are: looked at first).
  const rating = cols.ratingCol !== undefined ? (values[cols.ratingCol - view.grid.left] ?? null) : null;
  if (!isBlank(rating) && (cols.readsAsRating ? cols.readsAsRating(rating) : parseRating(rating) !== undefined)) return { kind: 'data' };
  const end = Math.min(view.cols, view.grid.left + MAX_ROW_COLS) - view.grid.left;
  const nameAt = cols.nameCol !== undefined ? cols.nameCol - view.grid.left : -1;
  const texts: string[] = [];
  let filled = 0;
  let numbers = 0;
  let totals: string | undefined;
  for (let i = 0; i < end; i++) {
    const v = values[i] ?? null;
    if (isBlank(v)) continue;
    filled++;
    if (typeof v === 'number') numbers++;
    else if (typeof v === 'string') {
      if (/^\s*[-+]?\d+(?:[.,]\d+)?\s*%?\s*$/.test(v)) numbers++;
      else if (/\p{L}/u.test(v)) {
        if (texts.length < 4) texts.push(v.trim());
        // The label of a totals row stands at the left of the table, where the numbering and the names are.
        if (totals === undefined && (i < TOTALS_COLS || i === nameAt) && isTotalsCell(v)) totals = v.trim();
      }
    }
  }
  if (!filled) return { kind: 'blank' };
  if (totals !== undefined) return { kind: 'totals', text: totals };
  // Numbers and no text at all: sums or counts with their label left out (column numbers "1 2 3 …" are the caller's).
  if (!texts.length && numbers >= 2 && !isNumberingRow(view, row)) return { kind: 'totals', text: '' };
  if (filled <= 3 && texts.length) {
    const legend = texts.flatMap(legendEntries);
    // The two-cell form: "A1" | "Hoàn thành xuất sắc nhiệm vụ".
    if (!legend.length && texts.length === 2 && filled === 2 && /^[A-Za-zĐđ]{1,3}\d{0,2}$/.test(texts[0]) && parseRating(texts[0]) === undefined) {
      const r = parseRating(texts[1]);
      if (r) legend.push({ code: fold(texts[0]), rating: r, text: texts[1] });
    }
    if (legend.length) return { kind: 'legend', legend, text: texts.join(' ') };
    const first = fold(texts[0]);
    for (const t of texts) {
      const f = fold(t);
      if (/\bngay\s+\d*\s*thang\s+\d*\s*nam\b/.test(f) || /^(nguoi lap( bieu)?|giam doc|thu truong( don vi)?|ke toan truong|t ?m|kt|xac nhan)( |$)/.test(f)) return { kind: 'signature', text: t };
    }
    if (BLOCK_HEAD.test(first)) return { kind: 'summary', text: texts.join(' ') };
    if (texts.some((t) => SUMMARY_ITEM.test(t.normalize('NFC')) && !/\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(t))) return { kind: 'summary', text: texts.join(' ') };
    // Under the table: "Tốt" | 12 — a rating word and a count.
    if (afterTable && numbers >= 1 && texts.length === 1 && parseRating(texts[0]) !== undefined)
      return { kind: 'summary', text: `${texts[0]}: ${asText(values.find((v) => typeof v === 'number') ?? '')}` };
  }
  return { kind: 'data' };
}

/** What a row is, without the staff list's columns (the unit list, the history sheet). */
export function rowKind(view: GridView, row: number): RowKind {
  return rowFacts(view, row).kind;
}
