/**
 * Finds, by content, which sheet is the staff list, the unit list, the history and the list
 * of initiatives; where each one's header is (anywhere in the first 30 rows, one to three
 * rows composed top-down: "Năm sinh" over "Nam | Nữ", "Danh hiệu CSTĐCS" over "Năm 2012 |
 * Năm 2013"); which column holds which field (walking `field-table.ts`); and which header
 * columns no field uses. A clerk's choice in the settings (a sheet's role, a field's column,
 * the header row) always wins over recognition.
 */
import type { DataIssue } from '../../domain/types';
import { SHEET_ROLES, type ColumnMapping, type SheetRecognition, type SheetRole, type UnusedColumn } from '../fields';
import { columnLetter, isCellError, parseAddress, type CellValue, type SheetGrid } from '../grid';
import { GridView, HEADER_SCAN_ROWS, MAX_HEADER_ROWS } from './grid-view';
import type { SheetMappingSetting, ValueMapSetting } from '../../domain/settings';
import { fieldDef, matchField, type Cx, type FieldDef, type PastKind } from './field-table';
import { fold } from './fold';
import { remember } from '../text-memo';
import { asText, isBlank, parseRating, parseTitle } from './values';
import { mappingOf } from '../../domain/settings-check';
import { chooseStaffSheets } from './staff-parts';

/** Wider headers exist (a column per day…); fields are looked for in the first columns only. */
const MAX_HEADER_COLS = 150;

export { GridView };

// ---------------------------------------------------------------------------------------
// Header texts.

/**
 * A header as compared: column numbers written into the cell ("Họ và tên⏎(1)", "(2&3)",
 * "(12.a)", "(*)") removed, then folded.
 */
const LABELS = Symbol('cleanLabel');
const COLUMN_NUMBER = /\(\s*(?:\d{1,3}(?:\s*[.,&+=–-]\s*(?:\d{1,3}|[a-z]))*|[a-zA-Z]|[IVX]{1,4}|\*+|%)\s*\)/g;
export function cleanLabel(s: string): string {
  return remember(LABELS, s, (text) => fold(text.replace(COLUMN_NUMBER, ' ')));
}

const YEAR = /\b(19|20)\d\d\b/;
/** A school year, "Năm học 2018–2019" (folded "nam hoc 2018 2019", or "2018-2019" alone): two years in a row. */
const SCHOOL_YEAR = /\b((?:19|20)\d\d) ?(?:[-–/ ]|den) ?((?:19|20)\d\d)\b/;
/**
 * The year a header speaks of. A school year counts for the year it ends in: "Năm học
 * 2018–2019" is assessed at its end, in May 2019 (docs/reading.md says why), so it is 2019.
 */
export const yearIn = (s: string): number | undefined => {
  const sy = SCHOOL_YEAR.exec(s);
  if (sy && Number(sy[2]) === Number(sy[1]) + 1) return Number(sy[2]);
  const m = YEAR.exec(s);
  return m ? Number(m[0]) : undefined;
};
const YEAR_ONLY = /^(?:nam(?: hoc)? )?((?:19|20)\d\d)(?: (?:19|20)\d\d)?$/;

/** A column's header texts from the top header row down, each once (a merge repeats its text). */
function chainAt(view: GridView, top: number, bottom: number, col: number): string[] {
  const out: string[] = [];
  for (let r = top; r <= bottom; r++) {
    // A merge that starts above the header is a title over the table, not part of this column's header.
    if (view.mergeTop(r, col) < top) continue;
    const t = asText(view.shown(r, col)).replace(/\s+/g, ' ').trim();
    if (t && out[out.length - 1] !== t) out.push(t);
  }
  return out;
}

/** A row like "(1) (2) (3) …", "1 2 3 …" or "A B C" under the header. */
export function isNumberingRow(view: GridView, row: number): boolean {
  let n = 0;
  let numbered = 0;
  const end = Math.min(view.cols, view.grid.left + MAX_HEADER_COLS);
  const months = view.monthLabels(row);
  for (let col = view.grid.left; col < end; col++) {
    const v = view.raw(row, col);
    if (isBlank(v) || months.has(col)) continue;
    n++;
    if (typeof v === 'number' ? Number.isInteger(v) && v >= 0 && v < 200 : /^\(?\s*\d{1,3}(\s*[.,&+=*–-]\s*(\d{1,3}|[a-z]))*\s*\)?$|^[A-Z]$|^\([a-zA-Z]\)$/.test(asText(v).trim())) numbered++;
  }
  return n >= 3 && numbered / n >= 0.8;
}

/** A row that can be part of a header: at least two different texts, not a numbering row. */
function headerish(view: GridView, row: number, first: boolean): boolean {
  const end = Math.min(view.cols, view.grid.left + MAX_HEADER_COLS);
  const texts = new Set<string>();
  const months = first ? new Set<number>() : view.monthLabels(row);
  for (let col = view.grid.left; col < end; col++) {
    const raw = view.raw(row, col);
    // Below the first header row, a number other than a year is data ("1", "1980" is a year),
    // unless it is a month under a group header.
    if (!first && typeof raw === 'number' && !months.has(col) && !(Number.isInteger(raw) && raw >= 1900 && raw <= 2100)) return false;
    const v = view.shown(row, col);
    if (typeof v === 'string' && v.trim()) texts.add(v.trim());
    else if (typeof v === 'number' && !first) texts.add(String(v));
  }
  if (texts.size < (first ? 2 : 1)) return false;
  return !isNumberingRow(view, row);
}

// ---------------------------------------------------------------------------------------
// A column's field.

export interface Assignment {
  field: string;
  col: number;
  header: string;
  rank: 'strong' | 'weak';
}

const PAST_FIELDS: Record<PastKind, (a: string, y: number) => string> = {
  pastTitle: (t, y) => `pastTitle:${t}:${y}`,
  pastRating: (_a, y) => `pastRating:${y}`,
  pastInitiative: (_a, y) => `pastInitiative:${y}`,
  pastResearch: (_a, y) => `pastResearch:${y}`,
  pastText: (_a, y) => `pastText:${y}`,
};

/** Fields that are a result of the year (an initiative recognised), never a plan. */
const RESULT_FIELDS = new Set(['initiative', 'provincialInitiative', 'researchProject', 'initiativeScope']);

/** The field of one column given its header chain (group texts above, the column's own below). */
export function fieldOfChain(role: SheetRole, chain: string[], year: number): { field: string; rank: 'strong' | 'weak' } | undefined {
  if (!chain.length) return undefined;
  const leaf = cleanLabel(chain[chain.length - 1]);
  const parent = cleanLabel(chain.slice(0, -1).join(' '));
  if (!leaf) return undefined;
  if (role === 'history' || role === 'initiatives') return matchField(role, leaf);

  // "Năm sinh" / "Ngày tháng năm sinh" split into "Nam" / "Nữ": the column also gives the gender.
  if (role === 'staff' && /\b(nam|ngay) sinh\b|\bsinh nam\b/.test(parent)) {
    if (leaf === 'nam') return { field: 'birthMale', rank: 'strong' };
    if (leaf === 'nu') return { field: 'birthFemale', rank: 'strong' };
  }
  const yLeaf = yearIn(leaf);
  const y = yLeaf ?? yearIn(parent);
  const leafIsYear = YEAR_ONLY.test(leaf);
  let m = leafIsYear ? undefined : matchField(role, leaf);
  // A group header names sub-columns no alias names ("Số ngày nghỉ" over "Ốm"), and a year
  // under a group takes the group's field ("Xếp loại" over "Năm 2013").
  if ((!m || (y === undefined && fieldDef(role, m.field)?.onlyPast)) && parent) {
    const pm = matchField(role, parent);
    const def = pm && fieldDef(role, pm.field);
    if (pm && def && (leafIsYear || def.group)) m = pm;
  }
  // Under "Đăng ký" (a registration: "Đăng ký thi đua" over "Sáng kiến") an initiative is planned, not recognised.
  if (m && RESULT_FIELDS.has(m.field) && /\b(dang ky|du kien)\b/.test(`${parent} ${leaf}`)) return undefined;
  const title = parseTitle(chain[chain.length - 1]) ?? (parent ? parseTitle(chain.slice(0, -1).join(' ')) : undefined);
  if (y === undefined) {
    if (!m) return undefined;
    return fieldDef(role, m.field)?.onlyPast ? undefined : m;
  }
  // A header with a year: this year's columns are this year's fields; earlier years' columns
  // are history; later years' (a registration for next year) are not used.
  const def = m && fieldDef(role, m.field);
  if (y === year) return def && !def.onlyPast ? m : undefined;
  if (y > year) return undefined;
  // An earlier year: a title with a mark under it ("CSTĐCS 2013", "Danh hiệu CSTĐCS" over
  // "Năm 2013", "Năm 2013" over "CSTĐCS"), or the field's past-year form ("Xếp loại 2013").
  if (title && (!def || def.onlyPast || def.id === 'historyText' || leafIsYear)) return { field: PAST_FIELDS.pastTitle(title, y), rank: 'strong' };
  if (def?.past) return { field: PAST_FIELDS[def.past](title ?? '', y), rank: m!.rank };
  if (def?.id === 'historyText') return { field: PAST_FIELDS.pastText('', y), rank: 'strong' };
  return undefined;
}

interface Candidate {
  role: SheetRole;
  headerTop: number;
  headerBottom: number;
  assignments: Assignment[];
  /** Every header column with a text. */
  labels: UnusedColumn[];
  score: number;
  /** The group of another year read as this year's (see `candidate`). */
  readAsYear?: { from: number; header: string };
}

const CHAINS = Symbol('fieldOfChain');
function fieldOfChainCached(role: SheetRole, chain: string[], year: number) {
  return remember(CHAINS, `${role}|${year}|${chain.join('\u0001')}`, () => fieldOfChain(role, chain, year));
}

const STAFF_NAME = (label: string) => matchField('staff', label)?.field === 'name';

/** The year written in a column's group header ("Kết quả năm 2014" over "Xếp loại"), when its own header has none. */
function groupYear(chain: string[]): number | undefined {
  if (chain.length < 2 || yearIn(cleanLabel(chain[chain.length - 1])) !== undefined) return undefined;
  return yearIn(cleanLabel(chain.slice(0, -1).join(' ')));
}

const RATING_OF: Partial<Record<SheetRole, string>> = { staff: 'rating', units: 'unitRating' };

function candidate(view: GridView, role: SheetRole, top: number, bottom: number, year: number): Candidate {
  let assignments: Assignment[] = [];
  const labels: UnusedColumn[] = [];
  const chains: { col: number; chain: string[]; header: string }[] = [];
  const end = Math.min(view.cols, view.grid.left + MAX_HEADER_COLS);
  let personName = false;
  for (let col = view.grid.left; col < end; col++) {
    const chain = chainAt(view, top, bottom, col);
    if (!chain.length) continue;
    const header = chain.join(' / ');
    labels.push({ col, header });
    chains.push({ col, chain, header });
    const f = fieldOfChainCached(role, chain, year);
    if (f) assignments.push({ field: f.field, col, header, rank: f.rank });
    if (role !== 'staff' && STAFF_NAME(cleanLabel(chain[chain.length - 1]))) personName = true;
  }
  // A sheet made for another year ("Kết quả năm 2014" over "Xếp loại", reviewed for 2015): when
  // nothing else gives this year's rating, that group is read as this year's, with a warning.
  const ratingField = RATING_OF[role];
  let readAsYear: { from: number; header: string } | undefined;
  if (ratingField && !assignments.some((a) => a.field === ratingField)) {
    const groups = chains
      .map((c) => ({ ...c, g: groupYear(c.chain) }))
      .filter((c) => c.g !== undefined && c.g !== year && fieldOfChainCached(role, c.chain, c.g)?.field === ratingField)
      .sort((a, b) => b.g! - a.g!);
    const g = groups[0]?.g;
    if (g !== undefined) {
      const inGroup = new Set(chains.filter((c) => groupYear(c.chain) === g).map((c) => c.col));
      assignments = assignments.filter((a) => !inGroup.has(a.col));
      for (const c of chains) {
        if (!inGroup.has(c.col)) continue;
        const f = fieldOfChainCached(role, c.chain, g);
        if (f && !f.field.includes(':')) assignments.push({ field: f.field, col: c.col, header: c.header, rank: f.rank });
      }
      assignments.sort((a, b) => a.col - b.col);
      readAsYear = { from: g, header: groups[0].chain.slice(0, -1).join(' / ') };
    }
  }
  const fields = new Set(assignments.map((a) => a.field));
  const has = (f: string) => fields.has(f);
  let score = 0;
  for (const f of fields) {
    const base = f.includes(':') ? 1 : (fieldDef(role, f)?.weight ?? 1);
    score += base;
  }
  if (role === 'staff' && !has('name')) score = 0;
  if (role === 'units' && (!has('unitName') || personName)) score = 0;
  if (role === 'history' && !(has('name') && has('year') && has('title'))) score = 0;
  if (role === 'initiatives' && !(has('author') && (has('initiativeTitle') || has('decision')))) score = 0;
  // A deeper header must earn its rows.
  return { role, headerTop: top, headerBottom: bottom, assignments, labels, score: score > 0 ? score * 10 - (bottom - top) : 0, ...(readAsYear ? { readAsYear } : {}) };
}

function bestCandidate(view: GridView, year: number, roles: readonly SheetRole[], fixedBottom?: number): Candidate | undefined {
  let best: Candidate | undefined;
  const grid = view.grid;
  const last = Math.min(view.rows, grid.top + HEADER_SCAN_ROWS);
  const tops = fixedBottom === undefined ? range(grid.top, last) : range(Math.max(grid.top, fixedBottom - MAX_HEADER_ROWS + 1), fixedBottom + 1);
  for (const top of tops) {
    if (!headerish(view, top, true)) continue;
    for (let depth = 1; depth <= MAX_HEADER_ROWS; depth++) {
      const bottom = top + depth - 1;
      if (bottom >= view.rows) break;
      if (fixedBottom !== undefined && bottom !== fixedBottom) continue;
      if (depth > 1 && !headerish(view, bottom, false)) break;
      // A header never stops above a row of month labels under its group ("1 | 2 | … | 12").
      if (view.monthLabels(bottom + 1).size) continue;
      for (const role of roles) {
        const c = candidate(view, role, top, bottom, year);
        if (c.score > 0 && (!best || c.score > best.score)) best = c;
      }
    }
  }
  return best;
}

const range = (a: number, b: number): number[] => Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);

// ---------------------------------------------------------------------------------------
// Choosing among candidate columns, and what is left over.

/** How well a column's cells read as the field: how many filled cells are understood, an example of each, and distinct values. */
export interface Content {
  filled: number;
  read: number;
  /** Share of filled cells understood (0 when none is filled). */
  ok: number;
  distinct: number;
  /** The first value understood, and the first not. */
  good?: string;
  bad?: string;
}

/** A scratch record for trying a field's reader on a cell (the record is thrown away). */
function scratch(role: SheetRole): unknown {
  const person = { id: '', source: { sheet: '', row: 0 }, name: '', exemptLeave: [], discipline: 'none', initiatives: 0, provincialInitiative: false, researchProjects: 0, history: {} };
  if (role === 'units') return { unit: { id: '', source: { sheet: '', row: 0 }, name: '', history: {} } };
  return { person, leaveParts: [], initiativeCells: [] };
}

/**
 * Whether a cell reads as the field, by the field's own reader (field-table.ts): a rating word,
 * a date, a day count, a discipline form… A reader that accepts the cell but warns about it
 * ("5" in a discipline column: not a form of discipline) does not count as understood.
 */
/**
 * Values known beyond the field's reader: the codes of a legend under the table ("A1: Hoàn
 * thành xuất sắc nhiệm vụ") and the values the clerk gave a meaning (settings `valueMap`).
 */
export interface Known {
  rating: Set<string>;
  discipline: Set<string>;
}
const RATING_FIELDS = /^(rating|unitRating|pastRating:.*)$/;

function readsAs(role: SheetRole, field: string, v: CellValue, known?: Known): boolean {
  const key = fold(asText(v));
  if (known && RATING_FIELDS.test(field) && known.rating.has(key)) return true;
  if (known && field === 'discipline' && known.discipline.has(key)) return true;
  if (field.startsWith('pastRating:')) return parseRating(v) !== undefined;
  const def = fieldDef(role, field) as FieldDef<unknown> | undefined;
  if (!def?.read) return true;
  let warned = false;
  const cx: Cx = { row: 0, col: 0, year: 0, issue: (severity) => void (severity !== 'info' && (warned = true)) };
  try {
    return def.read(v, scratch(role), cx) !== false && !warned;
  } catch {
    return false;
  }
}

export function contentOf(view: GridView, role: SheetRole, col: number, from: number, field: string, known?: Known): Content {
  const end = Math.min(view.rows, from + 300);
  let filled = 0;
  let read = 0;
  let good: string | undefined;
  let bad: string | undefined;
  const seen = new Set<string>();
  for (let r = from; r < end; r++) {
    const v = view.raw(r, col);
    if (isBlank(v) || isCellError(v)) continue;
    filled++;
    const s = asText(v);
    seen.add(fold(s));
    if (readsAs(role, field, v, known)) {
      read++;
      good ??= s;
    } else bad ??= s;
  }
  return { filled, read, ok: filled ? read / filled : 0, distinct: seen.size, ...(good !== undefined ? { good: good.slice(0, 40) } : {}), ...(bad !== undefined ? { bad: bad.slice(0, 40) } : {}) };
}

/**
 * A header naming the person's earlier agency ("Đơn vị trước khi sáp nhập", "Cơ quan cũ",
 * "Nơi công tác trước"): after the 2025 reorganisation lists keep it beside the new unit.
 */
const FORMER =
  /\b(truoc (khi )?(sap nhap|hop nhat|sap xep|chia tach|giai the|to chuc lai|dieu chinh)|(co quan|don vi|noi cong tac|phong|to chuc) cu\b|(noi cong tac|co quan|don vi) truoc( day| kia)?\b|truoc day|cu truoc)/;
export const isFormerAgency = (header: string): boolean => FORMER.test(cleanLabel(header));

/** Fields a column may be taken for by its values alone when no header names them: their values say what they are. */
const BY_VALUES: Partial<Record<SheetRole, string[]>> = { staff: ['rating'], units: ['unitRating'] };
/** A column read by its values alone must read so at least this well, on at least three cells. */
const BY_VALUES_SHARE = 0.8;

/** A section row under the header ("I. VĂN PHÒNG", "II | THANH TRA", a row with only an upper-case name): the unit is given by rows. */
function hasSectionRows(view: GridView, from: number, nameCol: number | undefined): boolean {
  if (nameCol === undefined) return false;
  const end = Math.min(view.rows, from + 300);
  for (let r = from; r < end; r++) {
    let filled = 0;
    let first = '';
    for (let col = view.grid.left; col < view.cols; col++) {
      const v = view.raw(r, col);
      if (isBlank(v)) continue;
      filled++;
      if (!first) first = asText(v).trim();
    }
    if (!filled || filled > 2) continue;
    const name = asText(view.raw(r, nameCol)).trim();
    if (/^([IVXLC]+|[A-Z])[.)/]?$/.test(first) && name) return true;
    if (/^([IVXLC]+|[A-Z])[.)/]\s*\S/.test(name) || /^([IVXLC]+|[A-Z])[.)/]\s*\S/.test(first)) return true;
    if (name && name === name.toUpperCase() && /\p{L}/u.test(name)) return true;
  }
  return false;
}

interface Chosen {
  columns: ColumnMapping[];
  unused: UnusedColumn[];
  issues: DataIssue[];
}

interface Ranked {
  a: Assignment;
  content: Content;
  /** 2 = its values read as the field (or the column is empty), 1 = they do not but are words, 0 = numbers that do not. */
  tier: number;
  /** 3 strong header, 2 weak, 1 taken by its values alone, 0 a former agency. */
  header: number;
}

const tierOf = (c: Content): number => (c.filled === 0 ? 2 : c.ok >= 0.5 ? 2 : 0);

/** The legend codes under a sheet's table and the clerk's meanings of values, as folded keys. */
function knownValues(view: GridView, dataStart: number, valueMap: ValueMapSetting | undefined, legendCodes: RecogniseOptions['legendCodes']): Known {
  const rating = new Set(Object.keys(valueMap?.rating ?? {}).map((k) => fold(k)));
  const discipline = new Set(Object.keys(valueMap?.discipline ?? {}).map((k) => fold(k)));
  for (const code of legendCodes?.(view, dataStart) ?? []) rating.add(code);
  return { rating, discipline };
}

/** Candidates whose values are not understood: text (codes, words the clerk can give a meaning) may still be the field; numbers are not a rating or a form of discipline. */
const TEXTUAL = (view: GridView, col: number, from: number): boolean => {
  let text = 0;
  let n = 0;
  for (let r = from; r < Math.min(view.rows, from + 300); r++) {
    const v = view.raw(r, col);
    if (isBlank(v) || isCellError(v)) continue;
    n++;
    if (typeof v === 'string' && /\p{L}/u.test(v)) text++;
  }
  return n > 0 && text / n >= 0.5;
};

function choose(view: GridView, sheet: string, c: Candidate, dataStart: number, options: RecogniseOptions): Chosen {
  const issues: DataIssue[] = [];
  const year = options.year;
  const known = knownValues(view, dataStart, options.valueMap, options.legendCodes);
  const byField = new Map<string, Assignment[]>();
  for (const a of c.assignments) byField.set(a.field, [...(byField.get(a.field) ?? []), a]);
  // Columns that say by their values what they are, when their header does not: a rating
  // column headed "Kết quả" or "Năm học 2018–2019 / Viên chức" is still a candidate.
  const assigned = new Set(c.assignments.map((a) => a.col));
  const byValues = new Set<number>();
  for (const field of BY_VALUES[c.role] ?? []) {
    for (const l of c.labels) {
      if (assigned.has(l.col)) continue;
      const content = contentOf(view, c.role, l.col, dataStart, field, known);
      if (content.read < 3 || content.ok < BY_VALUES_SHARE) continue;
      byField.set(field, [...(byField.get(field) ?? []), { field, col: l.col, header: l.header, rank: 'weak' }]);
      byValues.add(l.col);
    }
  }
  const nameCol = c.assignments.find((a) => a.field === 'name')?.col;
  const unitGiven = c.assignments.some((a) => a.field === 'positionUnit') || hasSectionRows(view, dataStart, nameCol);
  const columns: ColumnMapping[] = [];
  for (const [field, all] of byField) {
    const def = fieldDef(c.role, field);
    let list = all;
    // An earlier agency is never the unit when another column or the section rows give it.
    if (field === 'unit' || field === 'unitName') {
      const former = all.filter((a) => isFormerAgency(a.header));
      const current = all.filter((a) => !isFormerAgency(a.header));
      if (former.length && (current.length || (field === 'unit' && unitGiven))) {
        for (const f of former)
          issues.push({
            severity: 'warning',
            code: current.length ? 'former-agency-column' : 'former-agency-column-rows',
            sheet,
            cell: `${columnLetter(f.col)}${c.headerBottom + 1}`,
            value: f.header,
            args: { column: `${columnLetter(f.col)} – ${f.header}`, used: current.length ? `${columnLetter(current[0].col)} – ${current[0].header}` : '' },
          });
        list = current;
        if (!list.length) continue;
      }
    }
    if (def?.multi || list.length === 1) {
      for (const a of list) columns.push({ field, col: a.col, header: a.header });
      // An earlier agency read as the unit because nothing else gives one: said.
      if ((field === 'unit' || field === 'unitName') && list.length === 1 && isFormerAgency(list[0].header))
        issues.push({
          severity: 'warning',
          code: 'former-agency-used',
          sheet,
          cell: `${columnLetter(list[0].col)}${c.headerBottom + 1}`,
          value: list[0].header,
          args: { column: `${columnLetter(list[0].col)} – ${list[0].header}` },
        });
      if (!def?.multi && byValues.has(list[0].col)) {
        const content = contentOf(view, c.role, list[0].col, dataStart, field, known);
        issues.push({
          severity: 'warning',
          code: 'column-by-values',
          sheet,
          cell: `${columnLetter(list[0].col)}${c.headerBottom + 1}`,
          value: list[0].header,
          args: { field, used: `${columnLetter(list[0].col)} – ${list[0].header}`, read: content.read, filled: content.filled, example: content.good ?? '' },
        });
      }
      continue;
    }
    // Several columns could be this field. Their values first: a column whose values mostly do
    // not read as the field is not chosen while one that does exists (percentages are not a
    // rating, "Khá" of the professional standard is not one either, numbers are not a form of
    // discipline). Then the stronger header, then the share read, then more different values
    // (the department, not the agency).
    const ranked: Ranked[] = list
      .map((a) => {
        const content = contentOf(view, c.role, a.col, dataStart, field, known);
        const header = byValues.has(a.col) ? 1 : isFormerAgency(a.header) ? 0 : a.rank === 'strong' ? 3 : 2;
        // Not understood but text (codes, words to map) ranks above not understood numbers.
        const tier = tierOf(content) || (TEXTUAL(view, a.col, dataStart) ? 1 : 0);
        return { a, content, tier, header };
      })
      .sort((x, y) => y.tier - x.tier || y.header - x.header || y.content.ok - x.content.ok || y.content.distinct - x.content.distinct || x.a.col - y.a.col);
    const used = ranked[0];
    columns.push({ field, col: used.a.col, header: used.a.header });
    const other = ranked[1];
    issues.push({
      severity: 'warning',
      code: def?.ask ? `two-columns-${field}` : 'two-columns',
      sheet,
      cell: `${columnLetter(used.a.col)}${c.headerBottom + 1}`,
      value: used.a.header,
      args: {
        field,
        used: `${columnLetter(used.a.col)} – ${used.a.header}`,
        others: ranked
          .slice(1)
          .map((x) => `${columnLetter(x.a.col)} – ${x.a.header}`)
          .join('; '),
        // The values that decided: how many cells of each read as the field, with an example.
        usedRead: used.content.read,
        usedFilled: used.content.filled,
        usedExample: used.content.good ?? used.content.bad ?? '',
        otherRead: other.content.read,
        otherFilled: other.content.filled,
        otherExample: other.content.bad ?? other.content.good ?? '',
        otherLetter: columnLetter(other.a.col),
        usedDistinct: used.content.distinct,
        otherDistinct: other.content.distinct,
        by: used.tier !== other.tier ? 'values' : used.header !== other.header ? 'header' : used.content.ok !== other.content.ok ? 'values' : 'distinct',
      },
    });
  }
  // No rating column: the columns whose values come nearest are named, so the clerk's choice is among them.
  const ratingField = RATING_OF[c.role];
  if (ratingField && !columns.some((x) => x.field === ratingField)) {
    const near = c.labels
      .filter((l) => !columns.some((x) => x.col === l.col))
      .map((l) => ({ l, content: contentOf(view, c.role, l.col, dataStart, ratingField, known) }))
      .filter((x) => x.content.read > 0)
      .sort((x, y) => y.content.ok - x.content.ok || y.content.read - x.content.read)
      .slice(0, 3);
    if (near.length)
      issues.push({
        severity: 'info',
        code: 'rating-column-candidates',
        sheet,
        value: near.map((x) => columnLetter(x.l.col)).join(', '),
        args: { field: ratingField, columns: near.map((x) => `${columnLetter(x.l.col)} – ${x.l.header} (${x.content.read}/${x.content.filled}: "${x.content.good ?? ''}")`).join('; ') },
      });
  }
  columns.sort((a, b) => a.col - b.col);
  if (c.readAsYear) issues.push({ severity: 'warning', code: 'header-year-differs', sheet, args: { header: c.readAsYear.header, from: c.readAsYear.from, year } });
  const usedCols = new Set(columns.map((x) => x.col));
  const unused = c.labels.filter((l) => !usedCols.has(l.col));
  return { columns, unused, issues };
}

// ---------------------------------------------------------------------------------------
// Sheets that are never data unless the clerk says so.

const PLAN = /\b(dang ky|du kien|ke hoach)\b/;
/** A list of initiatives registered or planned ("Đăng ký sáng kiến", "Tên sáng kiến đăng ký", "Dự kiến cấp công nhận"), by its name, title rows or header. */
function isPlan(view: GridView, name: string, c: Candidate): boolean {
  if (PLAN.test(fold(name))) return true;
  for (let r = view.grid.top; r < c.headerTop; r++) for (const v of view.grid.values[r - view.grid.top] ?? []) if (typeof v === 'string' && PLAN.test(fold(v))) return true;
  return c.labels.some((l) => PLAN.test(cleanLabel(l.header)) && c.assignments.some((a) => a.col === l.col && (a.field === 'initiativeTitle' || a.field === 'scope')));
}

/** "Hướng dẫn", "HD nhập liệu", "Mẫu", "Ví dụ", "Danh mục": a guide, an example or a lookup list. */
export function isGuideSheet(name: string): boolean {
  const f = fold(name.includes(' › ') ? name.slice(name.lastIndexOf(' › ') + 3) : name);
  // A sheet named after its form's number ("Mẫu số 02", "Mẫu 01a", "Biểu mẫu 3") is that form filled in.
  if (/^(bieu )?mau( so)? ?\d{1,3}[a-z]?\b/.test(f)) return false;
  return /^(huong dan|hd|mau|vi du|example|sample|instructions?|cach (nhap|dien|ghi|lam)|danh muc|dm|tham khao|readme|read me)( |$)/.test(f);
}

// ---------------------------------------------------------------------------------------

export interface RecogniseOptions {
  year: number;
  /** What the clerk said values mean: such values read as their field when columns are chosen. */
  valueMap?: ValueMapSetting;
  /** The codes of a legend under a table ("A1: Hoàn thành xuất sắc nhiệm vụ"), read by the row reader (rows.ts). */
  legendCodes?: (view: GridView, from: number) => Iterable<string>;
  mapping?: Record<string, SheetMappingSetting>;
}

interface Found extends Candidate {
  sheet: string;
  grid: SheetGrid;
  fromSettings: boolean;
  settingsColumns?: Record<string, string>;
}

function fromSettings(view: GridView, s: SheetMappingSetting, year: number): Found | undefined {
  if (s.role === 'ignore') return undefined;
  const role = s.role;
  const fixed = s.headerRow ? s.headerRow - 1 : undefined;
  const auto = bestCandidate(view, year, [role], fixed) ?? (fixed === undefined ? undefined : undefined);
  const grid = view.grid;
  const headerBottom = auto?.headerBottom ?? fixed ?? firstFilledRow(view);
  const headerTop = auto?.headerTop ?? headerBottom;
  const base = auto ?? { role, headerTop, headerBottom, assignments: [], labels: labelsOf(view, headerTop, headerBottom), score: 0 };
  return { ...base, role, score: 1e9, sheet: grid.name, grid, fromSettings: true, settingsColumns: s.columns };
}

function labelsOf(view: GridView, top: number, bottom: number): UnusedColumn[] {
  const out: UnusedColumn[] = [];
  const end = Math.min(view.cols, view.grid.left + MAX_HEADER_COLS);
  for (let col = view.grid.left; col < end; col++) {
    const chain = chainAt(view, top, bottom, col);
    if (chain.length) out.push({ col, header: chain.join(' / ') });
  }
  return out;
}

function firstFilledRow(view: GridView): number {
  for (let r = view.grid.top; r < Math.min(view.rows, view.grid.top + HEADER_SCAN_ROWS); r++) {
    const row = view.grid.values[r - view.grid.top] ?? [];
    if (row.some((v) => !isBlank(v))) return r;
  }
  return view.grid.top;
}

/** The settings' columns over recognition's: a field set to '' has no column; a column the clerk gave one field is taken from any other. */
function withSettingsColumns(view: GridView, f: Found, chosen: Chosen): Chosen {
  const s = f.settingsColumns;
  if (!s || !Object.keys(s).length) return chosen;
  const given = new Map<number, string>();
  for (const [field, letter] of Object.entries(s)) {
    if (!letter) continue;
    try {
      given.set(parseAddress(`${letter}1`).col, field);
    } catch {
      continue;
    }
  }
  const kept = chosen.columns.filter((c) => !(c.field in s) && !given.has(c.col));
  const labels = new Map(f.labels.map((l) => [l.col, l.header]));
  for (const [col, field] of given) kept.push({ field, col, header: labels.get(col) ?? chainAt(view, f.headerTop, f.headerBottom, col).join(' / '), fromSettings: true });
  kept.sort((a, b) => a.col - b.col);
  const used = new Set(kept.map((c) => c.col));
  return { columns: kept, unused: f.labels.filter((l) => !used.has(l.col)), issues: chosen.issues.filter((i) => !(i.code.startsWith('two-columns-') && String(i.args?.field) in s)) };
}

const KEY_FIELDS: Record<SheetRole, string[]> = {
  staff: ['name', 'rating', 'unit'],
  units: ['unitName', 'unitRating'],
  history: ['name', 'year', 'title'],
  initiatives: ['author', 'initiativeTitle', 'year'],
};

export interface Recognised {
  recognitions: SheetRecognition[];
  issues: DataIssue[];
  /** Sheets read for nothing, with why (hidden, a guide, no list recognised). */
  unread: { sheet: string; why: 'hidden' | 'guide' | 'none' | 'ignored' | 'second' | 'plan' }[];
}

/** The best sheet for each role, with the header, the column mapping and the columns not used. */
export function recognise(grids: SheetGrid[], options: RecogniseOptions): Recognised {
  const issues: DataIssue[] = [];
  const found: Found[] = [];
  const unread: Recognised['unread'] = [];
  const guideCandidates: Found[] = [];
  for (const grid of grids) {
    const view = new GridView(grid);
    const s = mappingOf(options, grid.name);
    if (s) {
      const f = fromSettings(view, s, options.year);
      if (f) found.push(f);
      else unread.push({ sheet: grid.name, why: 'ignored' });
      continue;
    }
    const c = bestCandidate(view, options.year, SHEET_ROLES);
    if (!c) {
      unread.push({ sheet: grid.name, why: grid.visibility === 'visible' ? 'none' : 'hidden' });
      continue;
    }
    const f: Found = { ...c, sheet: grid.name, grid, fromSettings: false };
    // A registration of initiatives ("Đăng ký sáng kiến năm 2015") is a plan for the year, not
    // initiatives recognised: never read as such (the clerk can still give it the role).
    if (c.role === 'initiatives' && isPlan(view, grid.name, c)) {
      unread.push({ sheet: grid.name, why: 'plan' });
      continue;
    }
    // A guide or example sheet is never data unless the clerk gives it a role.
    if (isGuideSheet(grid.name)) {
      guideCandidates.push(f);
      unread.push({ sheet: grid.name, why: 'guide' });
      continue;
    }
    // A hidden sheet (lookup lists, old copies) is used only when no visible sheet fills the role.
    if (grid.visibility !== 'visible') f.score = f.score / 1000;
    found.push(f);
  }
  // Decided by content, not only by the name: a sheet named like a guide that is the only one
  // holding a staff list (or unit list) with this year's rating is read, with a warning.
  for (const role of ['staff', 'units'] as const) {
    if (found.some((c) => c.role === role)) continue;
    const rating = RATING_OF[role]!;
    const guide = guideCandidates.filter((g) => g.role === role && g.grid.visibility === 'visible' && g.assignments.some((a) => a.field === rating)).sort((a, b) => b.score - a.score)[0];
    if (!guide) continue;
    found.push(guide);
    guideCandidates.splice(guideCandidates.indexOf(guide), 1);
    unread.splice(
      unread.findIndex((u) => u.sheet === guide.sheet),
      1,
    );
    issues.push({ severity: 'warning', code: 'guide-name-read', sheet: guide.sheet, args: { role } });
  }
  const recognitions: SheetRecognition[] = [];
  for (const role of SHEET_ROLES) {
    const ranked = found.filter((c) => c.role === role).sort((a, b) => b.score - a.score);
    if (!ranked.length) {
      const guide = guideCandidates.find((g) => g.role === role);
      if (guide && role === 'staff') issues.push({ severity: 'warning', code: 'guide-sheet-skipped', sheet: guide.sheet, args: { role: role } });
      continue;
    }
    // One unit list; the staff list, or the parts of one kept over several sheets
    // (staff-parts.ts: copies of one list are not merged); every history and initiatives sheet.
    let taken: Found[];
    if (role === 'staff') {
      const choice = chooseStaffSheets(
        found.filter((c) => c.role === 'staff'),
        options.year,
      );
      taken = choice.taken;
      for (const c of choice.copies)
        issues.push({ severity: 'warning', code: 'two-staff-sheets', sheet: c.dropped.sheet, args: { used: c.used.sheet, other: c.dropped.sheet, shared: c.shared, count: c.count } });
      for (const o of choice.overlaps) issues.push({ severity: 'warning', code: 'staff-sheets-overlap', sheet: o.b.sheet, args: { a: o.a.sheet, b: o.b.sheet, shared: o.shared, count: o.count } });
    } else taken = role === 'units' ? [ranked[0]] : ranked;
    for (const r of ranked.filter((x) => !taken.includes(x))) unread.push({ sheet: r.sheet, why: 'second' });
    for (const best of taken) {
      const view = new GridView(best.grid);
      let dataStart = best.headerBottom + 1;
      while (dataStart < view.rows && (isNumberingRow(view, dataStart) || isBlankRow(view, dataStart))) dataStart++;
      const chosen = withSettingsColumns(view, best, choose(view, best.sheet, best, dataStart, options));
      issues.push(...chosen.issues);
      const keys = KEY_FIELDS[role];
      const confidence = keys.filter((k) => chosen.columns.some((c) => c.field === k)).length / keys.length;
      recognitions.push({
        sheet: best.sheet,
        role,
        headerTop: best.headerTop,
        headerBottom: best.headerBottom,
        dataStart,
        columns: chosen.columns,
        unused: chosen.unused,
        confidence,
        ...(best.fromSettings ? { fromSettings: true } : {}),
        ...(best.settingsColumns && Object.values(best.settingsColumns).some((v) => !v) ? { noColumn: Object.keys(best.settingsColumns).filter((k) => !best.settingsColumns![k]) } : {}),
      });
    }
  }
  return { recognitions, issues, unread };
}

function isBlankRow(view: GridView, row: number): boolean {
  const r = view.grid.values[row - view.grid.top];
  return !r || r.every((v) => isBlank(v));
}
