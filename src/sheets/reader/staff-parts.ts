/**
 * A staff list kept over several sheets of one workbook ("Văn phòng", "Thanh tra", "Phòng
 * QLKH"…, or công chức / viên chức / hợp đồng), told apart from copies of one list ("DS 2013"
 * and "DS 2014", an old backup) by the people they share: parts are (nearly) disjoint and are
 * all read; copies share most of their people and only the best one is read. A part without a
 * unit column takes its unit from its title rows ("DANH SÁCH CBCCVC PHÒNG QUẢN LÝ KHOA HỌC",
 * "ĐƠN VỊ: Thanh tra Sở") or its name.
 */
import { cellAddress, type CellValue, type SheetGrid } from '../grid';
import { fold } from './fold';
import { asText, isBlank, parseBirth } from './values';
import type { UnitIndex } from './units';

/**
 * Two sheets are copies of one list when the people they share are more than half of the
 * smaller one's: a year's list and the next year's share all but the few who came or left,
 * two units' lists share at most a namesake or two. Between 10 % and a half (and more than one
 * person) they are still read as parts, with a warning naming the sheets.
 */
export const COPY_SHARE = 0.5;
export const OVERLAP_WARN_SHARE = 0.1;

/** What recognition knows of a staff sheet (recognise.ts's candidate). */
export interface StaffSheet {
  sheet: string;
  grid: SheetGrid;
  headerTop: number;
  headerBottom: number;
  assignments: { field: string; col: number }[];
  score: number;
  fromSettings: boolean;
}

const cell = (grid: SheetGrid, row: number, col: number): CellValue => grid.values[row - grid.top]?.[col - grid.left] ?? null;

/** The people of a sheet as compared: folded name, and birth year when the sheet has a birth column. */
function peopleOf(s: StaffSheet): { names: string[]; births: (number | undefined)[]; hasBirth: boolean } {
  const colOf = (f: string) => s.assignments.find((a) => a.field === f)?.col;
  const nameCol = colOf('name');
  const ratingCol = colOf('rating');
  const birthCols = ['birth', 'birthMale', 'birthFemale'].map(colOf).filter((c): c is number => c !== undefined);
  const names: string[] = [];
  const births: (number | undefined)[] = [];
  if (nameCol === undefined) return { names, births, hasBirth: false };
  const end = s.grid.top + s.grid.values.length;
  for (let row = s.headerBottom + 1; row < end; row++) {
    const name = fold(asText(cell(s.grid, row, nameCol)));
    if (!/[a-z]/.test(name)) continue;
    let birth: number | undefined;
    for (const c of birthCols) birth ??= parseBirth(cell(s.grid, row, c))?.year;
    // A person's row has a rating or a birth year; a section heading or a signature has neither.
    if (birth === undefined && (ratingCol === undefined || isBlank(cell(s.grid, row, ratingCol)))) continue;
    names.push(name);
    births.push(birth);
  }
  return { names, births, hasBirth: birthCols.length > 0 };
}

/** The text of the rows above the header (the title rows), each cell once. */
export function titleCells(grid: SheetGrid, headerTop: number): { text: string; cell: string }[] {
  const out: { text: string; cell: string }[] = [];
  for (let row = grid.top; row < headerTop; row++) {
    const values = grid.values[row - grid.top] ?? [];
    values.forEach((v, i) => {
      if (typeof v === 'string' && v.trim()) out.push({ text: v.replace(/\s+/g, ' ').trim(), cell: cellAddress(row, grid.left + i) });
    });
  }
  return out;
}

const carriesYear = (s: StaffSheet, year: number): boolean => {
  const y = new RegExp(`(^|\\D)${year}(\\D|$)`);
  return y.test(s.sheet) || titleCells(s.grid, s.headerTop).some((t) => y.test(t.text));
};

export interface CopyDropped<T> {
  dropped: T;
  used: T;
  shared: number;
  count: number;
}

export interface StaffChoice<T> {
  /** The sheets read, in workbook order: one, or the parts of one list. */
  taken: T[];
  /** Copies not read, each with the sheet read instead and the people they share. */
  copies: CopyDropped<T>[];
  /** Parts that share more people than namesakes explain, read all the same. */
  overlaps: { a: T; b: T; shared: number; count: number }[];
}

/**
 * `inOrder`: the sheets recognised as staff lists, in workbook order. Sheets the clerk chose
 * (settings) are always read; two or more chosen mean exactly those. Otherwise the visible
 * sheets with a name and a rating are grouped by copies (transitively); each group gives its
 * best sheet (the clerk's, then the one whose name or title rows carry the review year, then
 * the best recognised), and the groups' sheets are the parts.
 */
export function chooseStaffSheets<T extends StaffSheet>(inOrder: T[], year: number): StaffChoice<T> {
  const chosen = inOrder.filter((s) => s.fromSettings);
  if (chosen.length >= 2) return { taken: chosen, copies: [], overlaps: [] };
  const complete = (s: T) => s.fromSettings || (s.grid.visibility === 'visible' && ['name', 'rating'].every((f) => s.assignments.some((a) => a.field === f)));
  const pool = inOrder.filter(complete);
  if (pool.length < 2) {
    const best = pool[0] ?? [...inOrder].sort((a, b) => b.score - a.score)[0];
    return { taken: best ? [best] : [], copies: [], overlaps: [] };
  }
  const people = pool.map(peopleOf);
  const parent = pool.map((_s, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const pairs: { i: number; j: number; shared: number; count: number }[] = [];
  for (let i = 0; i < pool.length; i++) {
    for (let j = i + 1; j < pool.length; j++) {
      const withBirth = people[i].hasBirth && people[j].hasBirth;
      const keys = (k: number) => new Set(people[k].names.map((n, x) => (withBirth ? `${n}|${people[k].births[x] ?? ''}` : n)));
      const a = keys(i);
      const b = keys(j);
      let shared = 0;
      for (const k of a) if (b.has(k)) shared++;
      const count = Math.min(a.size, b.size);
      pairs.push({ i, j, shared, count });
      if (count > 0 && shared > count * COPY_SHARE) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, number[]>();
  pool.forEach((_s, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), i]));
  // Of copies, the clerk's sheet, then the review year's, then the longest list: a whole list
  // kept beside the units' own sheets holds them all and is read rather than one of its parts.
  const rank = (i: number) => [pool[i].fromSettings ? 1 : 0, carriesYear(pool[i], year) ? 1 : 0, people[i].names.length, pool[i].score];
  const better = (x: number, y: number) => {
    const rx = rank(x);
    const ry = rank(y);
    for (let k = 0; k < rx.length; k++) if (rx[k] !== ry[k]) return rx[k] > ry[k];
    return x < y;
  };
  const takenIdx: number[] = [];
  const copies: CopyDropped<T>[] = [];
  for (const members of groups.values()) {
    const best = members.reduce((a, b) => (better(a, b) ? a : b));
    takenIdx.push(best);
    for (const m of members) {
      if (m === best) continue;
      const p = pairs.find((x) => x.i === Math.min(m, best) && x.j === Math.max(m, best))!;
      copies.push({ dropped: pool[m], used: pool[best], shared: p.shared, count: people[m].names.length });
    }
  }
  takenIdx.sort((a, b) => a - b);
  const taken = new Set(takenIdx);
  const overlaps = pairs
    .filter((p) => taken.has(p.i) && taken.has(p.j) && p.shared > 1 && p.shared > p.count * OVERLAP_WARN_SHARE)
    .map((p) => ({ a: pool[p.i], b: pool[p.j], shared: p.shared, count: p.count }));
  return { taken: takenIdx.map((i) => pool[i]), copies, overlaps };
}

// ---------------------------------------------------------------------------------------
// The unit of a part without a unit column.

const LABELLED = /^\s*(?:đơn vị|tên đơn vị|phòng ban|bộ phận)\s*:\s*(.+)$/iu;
const UNIT_WORD = /(?:^|[\s,:–-])((?:văn phòng|phòng|thanh tra|trung tâm|chi cục)(?=\s|$).*)$/iu;
const TRAILING = /\s*(?:[-–,:]\s*)?(?:(?:năm|nam)\s+\d{4}|\(.*\))\s*$/iu;

/** A unit named by a title row: "ĐƠN VỊ: Thanh tra Sở", or "DANH SÁCH CBCCVC PHÒNG QUẢN LÝ KHOA HỌC [NĂM 2014]". */
export function unitInTitle(text: string): string | undefined {
  const labelled = LABELLED.exec(text);
  let found = labelled?.[1];
  if (!found && /^danh sach\b/.test(fold(text))) found = UNIT_WORD.exec(text)?.[1];
  if (!found) return undefined;
  let out = found.trim();
  for (let k = 0; k < 3 && TRAILING.test(out); k++) out = out.replace(TRAILING, '').trim();
  return out.replace(/[.:;,]+$/, '').trim() || undefined;
}

/** A unit of the list whose folded name holds the text's words (the sheet "Văn phòng" is "Văn phòng Sở"), when only one does. */
function containing(text: string, unitNames: string[]): string | undefined {
  const f = ` ${fold(text)} `;
  if (f.trim().length < 3) return undefined;
  const hits = unitNames.filter((u) => ` ${fold(u)} `.includes(f));
  return hits.length === 1 ? hits[0] : undefined;
}

export interface SheetUnit {
  /** The unit given to the sheet's people: the unit list's name when matched, else the text found. */
  unit: string;
  from: 'title' | 'sheet';
  /** The title row's text and cell, when the unit comes from it. */
  title?: { text: string; cell: string };
  /** Whether the unit list has it (undefined when there is no unit list). */
  matched?: boolean;
}

/** The unit of a part-sheet: its title rows, then its name; matched against the unit list when there is one. */
export function sheetUnitOf(grid: SheetGrid, headerTop: number, sheetName: string, index: UnitIndex | undefined, unitNames: string[]): SheetUnit {
  const local = sheetName.includes(' › ') ? sheetName.slice(sheetName.lastIndexOf(' › ') + 3) : sheetName;
  let title: { text: string; cell: string; unit: string } | undefined;
  for (const t of titleCells(grid, headerTop)) {
    const u = unitInTitle(t.text);
    if (u) {
      title = { ...t, unit: u };
      break;
    }
  }
  const match = (text: string) => index?.find(text) ?? containing(text, unitNames);
  if (!index) return title ? { unit: title.unit, from: 'title', title: { text: title.text, cell: title.cell } } : { unit: local.trim(), from: 'sheet' };
  if (title) {
    const m = match(title.unit);
    if (m) return { unit: m, from: 'title', title: { text: title.text, cell: title.cell }, matched: true };
  }
  const m = match(local);
  if (m) return { unit: m, from: 'sheet', matched: true };
  return title ? { unit: title.unit, from: 'title', title: { text: title.text, cell: title.cell }, matched: false } : { unit: local.trim(), from: 'sheet', matched: false };
}
