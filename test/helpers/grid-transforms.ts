/**
 * Transformations a real office makes to a workbook, as pure functions on the grids
 * (`SheetGrid[]` in, new `SheetGrid[]` out; the input is never changed). Each one keeps the
 * people and what is known about them, and changes only how the list is laid out or typed:
 * the metamorphic relation (test/layouts/metamorphic.test.ts) is that the review of the
 * transformed workbook gives the same verdicts for every person and unit, or a warning that
 * names a row or column the transformation touched.
 *
 * Where to act (which sheet is the staff list, its header rows, which column holds the rating)
 * is told by `Table`, worked out from the untransformed workbook.
 */
import type { CellValue, SheetGrid } from '../../src/sheets/grid';
import { columnLetter, parseRange } from '../../src/sheets/grid';

/** A staff list of the untransformed workbook: where its header and people are (0-based, absolute). */
export interface Table {
  sheet: string;
  headerTop: number;
  headerBottom: number;
  dataStart: number;
  /** Columns by field ('name', 'rating', 'unit', 'leaveDays', 'index', 'position', past fields…). */
  cols: Record<string, number[]>;
  /** The rows of the people read (0-based, absolute), in order. */
  rows: number[];
  /** People's names as read, by row. */
  names: Map<number, string>;
  /** People's ratings as read (HTXSNV…), by row. */
  ratings: Map<number, string>;
}

export interface Touched {
  sheet: string;
  rows?: number[];
  cols?: number[];
}

export interface Transformed {
  grids: SheetGrid[];
  /** Names changed by the transformation (old → new), for comparing verdicts person by person. */
  rename?: Record<string, string>;
  /** Where the transformation changed the layout: a warning there explains a changed verdict. */
  touched: Touched[];
}

export interface Transform {
  id: string;
  /** What an office does, as the docs' table says it. */
  says: string;
  apply(grids: SheetGrid[], tables: Table[], year: number): Transformed | undefined;
}

/** Runs a transformation only where the workbook has people to move. */
export function applyTo(t: Transform, grids: SheetGrid[], tables: Table[], year: number): Transformed | undefined {
  const withPeople = tables.filter((x) => x.rows.length && x.cols.name?.length);
  return withPeople.length ? t.apply(grids, withPeople, year) : undefined;
}

// ---------------------------------------------------------------------------------------
// Grid primitives (each returns a new grid).

const clone = (g: SheetGrid): SheetGrid => ({
  ...g,
  values: g.values.map((r) => [...r]),
  merges: [...g.merges],
  ...(g.formulaCells ? { formulaCells: [...g.formulaCells] } : {}),
  ...(g.fonts ? { fonts: g.fonts.map((r) => [...r]) } : {}),
});

const rangeText = (r: { top: number; left: number; bottom: number; right: number }): string => `${columnLetter(r.left)}${r.top + 1}:${columnLetter(r.right)}${r.bottom + 1}`;

function get(g: SheetGrid, row: number, col: number): CellValue {
  return g.values[row - g.top]?.[col - g.left] ?? null;
}
function set(g: SheetGrid, row: number, col: number, v: CellValue): void {
  const r = row - g.top;
  const c = col - g.left;
  while (g.values.length <= r) g.values.push([]);
  const line = g.values[r];
  while (line.length <= c) line.push(null);
  line[c] = v;
}
const width = (g: SheetGrid): number => g.left + Math.max(0, ...g.values.map((r) => r.length));

/** Inserts `n` blank columns before absolute column `at`; merges right of it move, merges across it widen. */
export function insertCols(g0: SheetGrid, at: number, n: number): SheetGrid {
  const g = clone(g0);
  const c = at - g.left;
  g.values = g.values.map((r) => (r.length > c ? [...r.slice(0, c), ...Array(n).fill(null), ...r.slice(c)] : r));
  g.merges = g.merges.map((m) => {
    const r = parseRange(m);
    if (r.left >= at) return rangeText({ ...r, left: r.left + n, right: r.right + n });
    if (r.right >= at) return rangeText({ ...r, right: r.right + n });
    return m;
  });
  delete g.formulaCells;
  delete g.fonts;
  return g;
}

/** Inserts `n` blank rows before absolute row `at`. */
export function insertRows(g0: SheetGrid, at: number, n: number): SheetGrid {
  const g = clone(g0);
  const r0 = at - g.top;
  g.values = [...g.values.slice(0, r0), ...Array.from({ length: n }, () => [] as CellValue[]), ...g.values.slice(r0)];
  g.merges = g.merges.map((m) => {
    const r = parseRange(m);
    if (r.top >= at) return rangeText({ ...r, top: r.top + n, bottom: r.bottom + n });
    if (r.bottom >= at) return rangeText({ ...r, bottom: r.bottom + n });
    return m;
  });
  delete g.formulaCells;
  delete g.fonts;
  return g;
}

/** Sets cells; returns a new grid. */
function withCells(g0: SheetGrid, cells: [number, number, CellValue][]): SheetGrid {
  const g = clone(g0);
  for (const [r, c, v] of cells) set(g, r, c, v);
  return g;
}

const replaceSheet = (grids: SheetGrid[], g: SheetGrid): SheetGrid[] => grids.map((x) => (x.name === g.name ? g : x));
const sheetOf = (grids: SheetGrid[], name: string): SheetGrid => grids.find((g) => g.name === name)!;
const col1 = (t: Table, field: string): number | undefined => t.cols[field]?.[0];

/** The merges of the header that lie in one column (a header cell over two rows). */
const verticalMergesAt = (g: SheetGrid, col: number, top: number, bottom: number): string[] =>
  g.merges.filter((m) => {
    const r = parseRange(m);
    return r.left === col && r.right === col && r.top >= top && r.bottom <= bottom;
  });

// ---------------------------------------------------------------------------------------
// The transformations.

const FAMILY = ['Tống', 'Công', 'Tổng'];

/** Surnames and positions that begin like "Tổng"/"Cộng" once accents are gone. */
export const surnames: Transform = {
  id: 'surnames',
  says: 'họ "Tống", "Công", "Tổng"; chức vụ "Công chức …"',
  apply(grids, tables) {
    const t = tables[0];
    const rename: Record<string, string> = {};
    const counts = new Map<string, number>();
    for (const n of t.names.values()) counts.set(n, (counts.get(n) ?? 0) + 1);
    const chosen = t.rows.filter((r) => counts.get(t.names.get(r)!) === 1).slice(0, 3);
    if (!chosen.length) return undefined;
    chosen.forEach((r, i) => {
      const old = t.names.get(r)!;
      const parts = old.split(' ');
      const fam = old === old.toUpperCase() ? FAMILY[i].toUpperCase() : FAMILY[i];
      rename[old] = [fam, ...parts.slice(1)].join(' ');
    });
    // The name is replaced wherever it is written (history, initiatives' authors).
    let out = grids.map((g) => ({ ...clone(g), values: g.values.map((row) => row.map((v) => (typeof v === 'string' ? Object.entries(rename).reduce((s, [a, b]) => s.split(a).join(b), v) : v))) }));
    const pos = col1(t, 'position');
    const touched: Touched[] = [{ sheet: t.sheet, rows: chosen }];
    if (pos !== undefined) {
      const g = sheetOf(out, t.sheet);
      out = replaceSheet(out, withCells(g, [[t.rows[t.rows.length - 1], pos, 'Công chức văn phòng']]));
      touched.push({ sheet: t.sheet, rows: [t.rows[t.rows.length - 1]] });
    }
    return { grids: out, rename, touched };
  },
};

const RATING_WORDS: Record<string, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  complete: 'Hoàn thành nhiệm vụ',
  incomplete: 'Không hoàn thành nhiệm vụ',
};

/** A totals row, a summary block and a legend under the last person of the table. */
export const totalsBelow: Transform = {
  id: 'totals',
  says: 'dòng "Tổng cộng", khối "Tổng hợp chung" và chú thích dưới bảng',
  apply(grids, tables) {
    const t = tables[0];
    const name = col1(t, 'name')!;
    const last = Math.max(...t.rows);
    const at = last + 1;
    let g = insertRows(sheetOf(grids, t.sheet), at, 6);
    const counts = new Map<string, number>();
    for (const r of t.ratings.values()) counts.set(r, (counts.get(r) ?? 0) + 1);
    const leave = col1(t, 'leaveDays');
    const cells: [number, number, CellValue][] = [[at, name, 'Tổng cộng']];
    if (leave !== undefined) cells.push([at, leave, [...t.rows].reduce((s, r) => s + (typeof get(g, r, leave) === 'number' ? (get(g, r, leave) as number) : 0), 0)]);
    const idx = col1(t, 'index');
    if (idx !== undefined && idx !== name) cells.push([at, idx, null]);
    cells.push([at + 2, name, 'Tổng hợp chung:']);
    let k = 3;
    for (const [r, n] of counts) if (k < 5) cells.push([at + k++, name, `- ${RATING_WORDS[r] ?? r}: ${n} người`]);
    cells.push([at + 5, name, 'Ghi chú: HTXSNV: Hoàn thành xuất sắc nhiệm vụ; HTTNV: Hoàn thành tốt nhiệm vụ']);
    g = withCells(g, cells);
    return { grids: replaceSheet(grids, g), touched: [{ sheet: t.sheet, rows: [at, at + 1, at + 2, at + 3, at + 4, at + 5] }] };
  },
};

/** Leave split into twelve months under "Số ngày nghỉ trong năm", with the year's total in "Cộng". */
export const leaveMonths: Transform = {
  id: 'leave-months',
  says: 'số ngày nghỉ chia 12 tháng (1 … 12) và cột "Cộng"',
  apply(grids, tables) {
    const t = tables[0];
    if ((t.cols.leaveDays ?? []).length !== 1) return undefined;
    const leave = t.cols.leaveDays[0];
    let g = sheetOf(grids, t.sheet);
    const top = t.headerTop;
    let bottom = t.headerBottom;
    // A leave column under a group header ("Kết quả năm 2014 / Số ngày nghỉ") is left as it is.
    if (
      g.merges.some((m) => {
        const r = parseRange(m);
        return r.left <= leave && r.right >= leave && r.right > r.left && r.top >= top && r.bottom <= bottom;
      })
    )
      return undefined;
    // A one-row header gets a second row for the months.
    if (top === bottom) {
      g = insertRows(g, bottom + 1, 1);
      bottom++;
      // The other header cells stand over both rows.
      const end = width(g);
      const merges: string[] = [];
      for (let c = g.left; c < end; c++)
        if (
          c !== leave &&
          get(g, top, c) !== null &&
          get(g, top, c) !== '' &&
          !g.merges.some((m) => parseRange(m).left <= c && parseRange(m).right >= c && parseRange(m).top <= top && parseRange(m).bottom >= top)
        )
          merges.push(rangeText({ top, bottom, left: c, right: c }));
      g = { ...g, merges: [...g.merges, ...merges] };
    }
    const shift = bottom - t.headerBottom;
    g = { ...g, merges: g.merges.filter((m) => !verticalMergesAt(g, leave, top, bottom).includes(m)) };
    g = insertCols(g, leave, 12);
    const total = leave + 12;
    const cells: [number, number, CellValue][] = [];
    for (let r = top; r < bottom; r++) for (let c = leave; c <= total; c++) cells.push([r, c, null]);
    cells.push([top, leave, 'Số ngày nghỉ trong năm']);
    for (let m = 0; m < 12; m++) cells.push([bottom, leave + m, m + 1]);
    cells.push([bottom, total, 'Cộng']);
    for (const r0 of t.rows) {
      const r = r0 + shift;
      const v = get(g, r, total);
      if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) continue;
      // The days spread over the months, as an office fills them in.
      let left = v;
      for (let m = 0; m < 12 && left > 0; m++) {
        const d = Math.min(left, Math.max(1, Math.ceil(v / 4)));
        cells.push([r, leave + ((m * 5) % 12), d]);
        left -= d;
      }
    }
    g = withCells(g, cells);
    g = { ...g, merges: [...g.merges, rangeText({ top, bottom: bottom - 1, left: leave, right: total })] };
    const cols = Array.from({ length: 13 }, (_x, i) => leave + i);
    return { grids: replaceSheet(grids, g), touched: [{ sheet: t.sheet, cols }] };
  },
};

const SHORT: Record<string, string> = { excellent: 'Hoàn thành xuất sắc', good: 'Hoàn thành tốt', complete: 'Hoàn thành', incomplete: 'Không hoàn thành' };
const CODES: Record<string, string> = { excellent: 'A1', good: 'A2', complete: 'B', incomplete: 'C' };

function recodeRatings(grids: SheetGrid[], t: Table, to: Record<string, string>): SheetGrid | undefined {
  const col = col1(t, 'rating');
  if (col === undefined) return undefined;
  const cells: [number, number, CellValue][] = [];
  for (const r of t.rows) {
    const rating = t.ratings.get(r);
    if (rating && to[rating]) cells.push([r, col, to[rating]]);
  }
  return withCells(sheetOf(grids, t.sheet), cells);
}

/** Ratings typed the short way clerks write them ("Hoàn thành tốt"). */
export const shortRatings: Transform = {
  id: 'short-ratings',
  says: 'xếp loại viết tắt ("Hoàn thành tốt", "Hoàn thành xuất sắc")',
  apply(grids, tables) {
    const t = tables[0];
    const g = recodeRatings(grids, t, SHORT);
    return g && { grids: replaceSheet(grids, g), touched: [{ sheet: t.sheet, cols: [col1(t, 'rating')!] }] };
  },
};

/** Ratings as codes (A1, A2, B, C) explained in a legend under the table. */
export const ratingCodes: Transform = {
  id: 'rating-codes',
  says: 'xếp loại bằng mã A1, A2, B, C có chú thích dưới bảng',
  apply(grids, tables) {
    const t = tables[0];
    let g = recodeRatings(grids, t, CODES);
    if (!g) return undefined;
    const name = col1(t, 'name')!;
    const at = Math.max(...t.rows) + 1;
    g = insertRows(g, at, 5);
    g = withCells(g, [
      [at, name, 'Ghi chú:'],
      [at + 1, name, 'A1: Hoàn thành xuất sắc nhiệm vụ'],
      [at + 2, name, 'A2: Hoàn thành tốt nhiệm vụ'],
      [at + 3, name, 'B: Hoàn thành nhiệm vụ'],
      [at + 4, name, 'C: Không hoàn thành nhiệm vụ'],
    ]);
    return { grids: replaceSheet(grids, g), touched: [{ sheet: t.sheet, cols: [col1(t, 'rating')!], rows: [at, at + 1, at + 2, at + 3, at + 4] }] };
  },
};

const STANDARD = ['Khá', 'Tốt', 'Khá', 'Đạt', 'Khá', 'Chưa đạt'];

/** A second grading column headed like the rating, before it: the professional standard (Tốt/Khá/Đạt). */
export const secondGrading: Transform = {
  id: 'second-grading',
  says: 'cột "Xếp loại" chuẩn nghề nghiệp (Tốt/Khá/Đạt) trước cột xếp loại',
  apply(grids, tables) {
    const t = tables[0];
    const col = col1(t, 'rating');
    if (col === undefined) return undefined;
    let g = insertCols(sheetOf(grids, t.sheet), col, 1);
    const cells: [number, number, CellValue][] = [[t.headerBottom, col, 'Xếp loại']];
    t.rows.forEach((r, i) => cells.push([r, col, STANDARD[i % STANDARD.length]]));
    g = withCells(g, cells);
    return { grids: replaceSheet(grids, g), touched: [{ sheet: t.sheet, cols: [col, col + 1] }] };
  },
};

/** Percentages of completion (a KPI export) beside the rating, headed "Mức độ hoàn thành". */
export const percentColumn: Transform = {
  id: 'kpi-percent',
  says: 'cột "Mức độ hoàn thành" (phần trăm) trước cột xếp loại',
  apply(grids, tables) {
    const t = tables[0];
    const col = col1(t, 'rating');
    if (col === undefined) return undefined;
    let g = insertCols(sheetOf(grids, t.sheet), col, 1);
    const cells: [number, number, CellValue][] = [[t.headerBottom, col, 'Mức độ hoàn thành']];
    t.rows.forEach((r, i) => cells.push([r, col, [0.95, 0.82, 1, 0.7][i % 4]]));
    g = withCells(g, cells);
    return { grids: replaceSheet(grids, g), touched: [{ sheet: t.sheet, cols: [col, col + 1] }] };
  },
};

/** The unit only in section rows ("I. VĂN PHÒNG"), the unit column now naming the agency before the 2025 merger. */
export const sectionRows: Transform = {
  id: 'section-rows',
  says: 'đơn vị chỉ ở dòng nhóm "I. …", cột "Đơn vị trước khi sáp nhập" bên cạnh',
  apply(grids, tables) {
    if (tables.length !== 1) return undefined;
    const t = tables[0];
    const unit = col1(t, 'unit');
    const name = col1(t, 'name')!;
    if (unit === undefined) return undefined;
    const g0 = sheetOf(grids, t.sheet);
    // People grouped by unit, in the order the units first appear, each group under its row.
    const groups = new Map<string, number[]>();
    for (const r of t.rows) {
      const u = String(get(g0, r, unit) ?? '').trim();
      if (!u) return undefined;
      groups.set(u, [...(groups.get(u) ?? []), r]);
    }
    const first = Math.min(...t.rows);
    const last = Math.max(...t.rows);
    // Rows between the people that are not people (blank, totals) stay below.
    const others: number[] = [];
    for (let r = first; r <= last; r++) if (!t.rows.includes(r)) others.push(r);
    const rows: CellValue[][] = [];
    const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
    const idx = col1(t, 'index');
    let k = 0;
    const formers = ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính'];
    for (const [u, members] of groups) {
      const w = Math.max(...members.map((r) => g0.values[r - g0.top]?.length ?? 0));
      const head: CellValue[] = Array(w).fill(null);
      if (idx !== undefined && idx !== name) {
        head[idx - g0.left] = roman[k] ?? String(k + 1);
        head[name - g0.left] = u.toUpperCase();
      } else head[name - g0.left] = `${roman[k] ?? k + 1}. ${u.toUpperCase()}`;
      rows.push(head);
      for (const r of members) {
        const line = [...(g0.values[r - g0.top] ?? [])];
        line[unit - g0.left] = formers[k % 2];
        rows.push(line);
      }
      k++;
    }
    for (const r of others) rows.push([...(g0.values[r - g0.top] ?? [])]);
    const added = rows.length - (last - first + 1);
    let g = insertRows(g0, last + 1, added);
    g = clone(g);
    // Merges inside the people's rows (none in the corpus) would not survive the regrouping.
    g.merges = g.merges.filter((m) => {
      const r = parseRange(m);
      return r.bottom < first || r.top > last + added;
    });
    rows.forEach((line, i) => (g.values[first + i - g.top] = line));
    // The header now names the former agency.
    const headerCells: [number, number, CellValue][] = [[t.headerBottom, unit, 'Đơn vị trước khi sáp nhập']];
    for (let r = t.headerTop; r < t.headerBottom; r++)
      if (get(g, r, unit) !== null && !g.merges.some((m) => parseRange(m).left < unit && parseRange(m).right >= unit && parseRange(m).top <= r && parseRange(m).bottom >= r))
        headerCells.push([r, unit, null]);
    g = withCells(g, headerCells);
    g = { ...g, merges: g.merges.filter((m) => !verticalMergesAt(g, unit, t.headerTop, t.headerBottom).includes(m)) };
    const touchedRows = Array.from({ length: rows.length }, (_x, i) => first + i);
    return { grids: replaceSheet(grids, g), touched: [{ sheet: t.sheet, cols: [unit], rows: touchedRows }] };
  },
};

/** The staff sheet named after its form ("Mẫu số 02"). */
export const formName: Transform = {
  id: 'form-name',
  says: 'trang danh sách đặt tên theo mẫu ("Mẫu số 02")',
  apply(grids, tables) {
    if (tables.length !== 1) return undefined;
    const t = tables[0];
    return { grids: grids.map((g) => (g.name === t.sheet ? { ...g, name: 'Mẫu số 02' } : g)), touched: [{ sheet: 'Mẫu số 02' }] };
  },
};

/** Years in the header written as school years: "Năm 2013" → "Năm học 2012–2013". */
export const schoolYears: Transform = {
  id: 'school-years',
  says: 'năm trong tiêu đề ghi theo năm học ("Năm học 2012–2013")',
  apply(grids, tables, year) {
    let out = grids;
    let changed = 0;
    const touched: Touched[] = [];
    for (const t of tables) {
      const g = clone(sheetOf(out, t.sheet));
      const cols = new Set<number>();
      for (let r = t.headerTop; r <= t.headerBottom; r++) {
        const line = g.values[r - g.top] ?? [];
        line.forEach((v, i) => {
          const s = typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= year ? `Năm ${v}` : typeof v === 'string' ? v : undefined;
          // A header already by school year stays as it is.
          if (s === undefined || /(19|20)\d\d\s*[–-]\s*(19|20)\d\d/.test(s)) return;
          const next = s.replace(/(?:\b[Nn]ăm\s+|\b)((?:19|20)\d\d)\b/g, (whole, y: string) => (Number(y) <= year ? `${/^năm/i.test(whole) ? 'Năm học ' : 'năm học '}${Number(y) - 1}–${y}` : whole));
          if (next !== s) {
            line[i] = next;
            cols.add(g.left + i);
            changed++;
          }
        });
      }
      out = replaceSheet(out, g);
      touched.push({ sheet: t.sheet, cols: [...cols] });
    }
    return changed ? { grids: out, touched } : undefined;
  },
};

/** A registration of initiatives (a plan for the year, not a result) beside the lists. */
export const registrationSheet: Transform = {
  id: 'registration',
  says: 'trang "Đăng ký sáng kiến" (kế hoạch, chưa công nhận) bên cạnh',
  apply(grids, tables, year) {
    const t = tables[0];
    const names = t.rows.slice(0, 3).map((r) => t.names.get(r)!);
    const sheet: SheetGrid = {
      name: 'Đăng ký sáng kiến',
      visibility: 'visible',
      top: 0,
      left: 0,
      merges: ['A1:E1'],
      values: [
        [`DANH SÁCH ĐĂNG KÝ SÁNG KIẾN NĂM ${year}`, null, null, null, null],
        [],
        ['STT', 'Họ và tên tác giả', 'Tên sáng kiến đăng ký', 'Dự kiến cấp công nhận', 'Ghi chú'],
        ...names.map((n, i): CellValue[] => [i + 1, n, `Giải pháp nâng cao chất lượng công tác số ${i + 1}`, i === 0 ? 'Tỉnh' : 'Cơ sở', null]),
      ],
    };
    return { grids: [...grids, sheet], touched: [{ sheet: sheet.name }] };
  },
};

/** The columns of the staff list in another order (header groups kept together). */
export const reordered: Transform = {
  id: 'reordered',
  says: 'thứ tự cột đảo ngược (nhóm cột giữ nguyên)',
  apply(grids, tables) {
    let out = grids;
    const touched: Touched[] = [];
    for (const t of tables) {
      const g0 = sheetOf(out, t.sheet);
      const end = width(g0);
      // Blocks: columns joined by a merge within the header rows stay together.
      const blockOf: number[] = [];
      for (let c = g0.left; c < end; c++) blockOf[c] = c;
      const headerMerges = g0.merges.map(parseRange).filter((r) => r.top >= t.headerTop && r.bottom <= t.headerBottom && r.right > r.left);
      for (const r of headerMerges) for (let c = r.left; c <= r.right; c++) blockOf[c] = blockOf[r.left];
      const blocks: number[][] = [];
      for (let c = g0.left; c < end; c++) {
        if (blockOf[c] === c) blocks.push([c]);
        else blocks.find((b) => b[0] === blockOf[c])!.push(c);
      }
      const order = blocks.reverse().flat();
      const newCol = new Map<number, number>();
      order.forEach((c, i) => newCol.set(c, g0.left + i));
      const g = clone(g0);
      for (let r = t.headerTop; r < g.top + g.values.length; r++) {
        const line = g0.values[r - g.top] ?? [];
        const next: CellValue[] = [];
        for (let c = g0.left; c < end; c++) next[newCol.get(c)! - g.left] = line[c - g.left] ?? null;
        g.values[r - g.top] = next;
      }
      g.merges = g0.merges.flatMap((m) => {
        const r = parseRange(m);
        if (r.bottom < t.headerTop) return [m];
        const cols = Array.from({ length: r.right - r.left + 1 }, (_x, i) => newCol.get(r.left + i)!);
        const lo = Math.min(...cols);
        const hi = Math.max(...cols);
        return hi - lo === r.right - r.left ? [rangeText({ ...r, left: lo, right: hi })] : [];
      });
      delete g.formulaCells;
      delete g.fonts;
      out = replaceSheet(out, g);
      touched.push({ sheet: t.sheet, cols: [...newCol.values()] });
    }
    return { grids: out, touched };
  },
};

/** An extra column the review has no use for, after the name. */
export const extraColumn: Transform = {
  id: 'extra-column',
  says: 'thêm cột không liên quan ("Số điện thoại") sau họ tên',
  apply(grids, tables) {
    let out = grids;
    const touched: Touched[] = [];
    for (const t of tables) {
      const at = col1(t, 'name')! + 1;
      let g = insertCols(sheetOf(out, t.sheet), at, 1);
      const cells: [number, number, CellValue][] = [[t.headerTop, at, 'Số điện thoại']];
      t.rows.forEach((r, i) => cells.push([r, at, `09${String(12345678 + i * 7919).slice(0, 8)}`]));
      g = withCells(g, cells);
      if (t.headerBottom > t.headerTop) g = { ...g, merges: [...g.merges, rangeText({ top: t.headerTop, bottom: t.headerBottom, left: at, right: at })] };
      out = replaceSheet(out, g);
      touched.push({ sheet: t.sheet, cols: [at] });
    }
    return { grids: out, touched };
  },
};

export const TRANSFORMS: Transform[] = [
  surnames,
  totalsBelow,
  leaveMonths,
  shortRatings,
  ratingCodes,
  secondGrading,
  percentColumn,
  sectionRows,
  formName,
  schoolYears,
  registrationSheet,
  reordered,
  extraColumn,
];
