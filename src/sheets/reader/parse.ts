/**
 * Rows → Person, Unit and history records, with an issue (sheet, cell, value) for every
 * value that cannot be understood. Never throws on any grid.
 */
import type { DataIssue, Person, TitleId, Unit, YearRecord } from '../../domain/types';
import { SOURCE_SEPARATOR, type ParsedWorkbook, type SheetRecognition } from '../fields';
import { cellAddress, isCellError, type CellValue, type SheetGrid } from '../grid';
import type { SheetMappingSetting } from '../../domain/settings';
import { cleanText, fold } from './fold';
import { GridView, recognise } from './recognise';
import { UnitIndex } from './units';
import {
  asText,
  isBlank,
  parseBirth,
  parseCount,
  parseDate,
  parseDiscipline,
  parseNumber,
  parseRating,
  parseShare,
  parseTitle,
  parseYesNo,
} from './values';

const MAX_TEXT = 200;
const MAX_WORKING_DAYS = 260;
const ROMAN = /^[IVXLC]+$/;
const ROMAN_PREFIX = /^([IVXLC]+|[A-Z])[.)/]\s*(.+)$/;

type Cols = Map<string, number>;

function columnsOf(rec: SheetRecognition): Cols {
  return new Map(rec.columns.map((c) => [c.field, c.col]));
}

/**
 * Why a row is not data: a totals row is skipped; a signature block (a place-and-date
 * line, "NGƯỜI LẬP BIỂU", "GIÁM ĐỐC" on a row of its own) ends the table.
 */
function rowKind(view: GridView, row: number): 'blank' | 'totals' | 'signature' | 'data' {
  const values = view.grid.values[row - view.grid.top];
  if (!values) return 'blank';
  const left = view.grid.left;
  const end = Math.min(view.cols, left + 60) - left;
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

class Issues {
  readonly list: DataIssue[] = [];
  constructor(private readonly sheet: string) {}
  add(severity: DataIssue['severity'], code: string, row: number, col: number | undefined, value?: CellValue | string, args?: DataIssue['args']): void {
    this.list.push({
      severity,
      code,
      sheet: this.sheet,
      ...(col !== undefined ? { cell: cellAddress(row, col) } : {}),
      ...(value !== undefined ? { value: typeof value === 'string' ? value.slice(0, MAX_TEXT) : asText(value as CellValue).slice(0, MAX_TEXT) } : {}),
      ...(args ? { args } : {}),
    });
  }
}

function addTitle(history: Record<number, YearRecord>, year: number, title: TitleId): void {
  const rec = (history[year] ??= { titles: [] });
  if (!rec.titles.includes(title)) rec.titles.push(title);
  // A CSTĐCS was necessarily an LĐTT that year.
  if (title === 'CSTDCS' && !rec.titles.includes('LDTT')) rec.titles.push('LDTT');
}

/** Past-year columns ("CSTĐCS 2013", "Xếp loại 2013") of a row into a history record. */
interface PastColumn {
  col: number;
  kind: string;
  a: string;
  b: string;
}
const pastColumnsCache = new WeakMap<SheetRecognition, PastColumn[]>();
function pastColumns(rec: SheetRecognition): PastColumn[] {
  let cols = pastColumnsCache.get(rec);
  if (!cols) {
    cols = rec.columns.filter((c) => c.field.startsWith('past')).map((c) => {
      const [kind, a, b] = c.field.split(':');
      return { col: c.col, kind, a, b };
    });
    pastColumnsCache.set(rec, cols);
  }
  return cols;
}

function readPastColumns(view: GridView, row: number, rec: SheetRecognition, history: Record<number, YearRecord>, issues: Issues): void {
  for (const { col, kind, a, b } of pastColumns(rec)) {
    const c = col;
    const v = view.raw(row, col);
    if (isBlank(v)) continue;
    if (kind === 'pastTitle') {
      const count = parseCount(v);
      if (count) addTitle(history, Number(b), a as TitleId);
    } else if (kind === 'pastRating') {
      const r = parseRating(v);
      if (r) (history[Number(a)] ??= { titles: [] }).rating = r;
      else issues.add('warning', 'unknown-rating-past', row, c, v);
    }
  }
}

function parseUnits(view: GridView, rec: SheetRecognition): { units: Unit[]; issues: DataIssue[] } {
  const issues = new Issues(rec.sheet);
  const cols = columnsOf(rec);
  const nameCol = cols.get('unitName')!;
  const units: Unit[] = [];
  const seen = new Map<string, number>();
  for (let row = rec.dataStart; row < view.rows; row++) {
    const kind = rowKind(view, row);
    if (kind === 'signature') break;
    if (kind !== 'data') continue;
    const nameCell = view.raw(row, nameCol);
    if (isBlank(nameCell) || isCellError(nameCell) || typeof nameCell !== 'string') continue;
    const name = cleanText(nameCell).slice(0, MAX_TEXT);
    const key = fold(name);
    if (seen.has(key)) {
      issues.add('warning', 'duplicate-unit', row, nameCol, name, { first: seen.get(key)! + 1 });
      continue;
    }
    seen.set(key, row);
    const unit: Unit = { id: `${rec.sheet}!${row + 1}`, source: { sheet: rec.sheet, row: row + 1 }, name, history: {} };
    const ratingCol = cols.get('unitRating');
    if (ratingCol !== undefined && !isBlank(view.raw(row, ratingCol))) {
      const r = parseRating(view.raw(row, ratingCol));
      if (r) unit.rating = r;
      else issues.add('warning', 'unknown-unit-rating', row, ratingCol, view.raw(row, ratingCol));
    }
    const membersCol = cols.get('members');
    if (membersCol !== undefined) {
      const n = parseNumber(view.raw(row, membersCol));
      if (n !== undefined && n >= 0) unit.declaredMembers = Math.round(n);
    }
    const noteCol = cols.get('note');
    if (noteCol !== undefined && !isBlank(view.raw(row, noteCol))) unit.note = cleanText(asText(view.raw(row, noteCol)));
    readPastColumns(view, row, rec, unit.history, issues);
    units.push(unit);
  }
  return { units, issues: issues.list };
}

interface StaffContext {
  view: GridView;
  rec: SheetRecognition;
  cols: Cols;
  unitIndex?: UnitIndex;
  issues: Issues;
  formulaCells: Set<string>;
}

/** The unit named by a section row ("I | VĂN PHÒNG SỞ", "II. THANH TRA SỞ"), if the row is one. */
function sectionUnit(ctx: StaffContext, row: number): string | undefined {
  const { view, cols } = ctx;
  const nameCol = cols.get('name')!;
  const idxCol = cols.get('index');
  const ratingCol = cols.get('rating');
  if (ratingCol !== undefined && !isBlank(view.raw(row, ratingCol))) return undefined;
  const idx = idxCol !== undefined ? asText(view.raw(row, idxCol)).trim() : '';
  const name = asText(view.raw(row, nameCol)).trim();
  if (idx && ROMAN.test(idx) && name) return name;
  const m = ROMAN_PREFIX.exec(idx) ?? ROMAN_PREFIX.exec(name);
  if (m && m[2].trim()) return m[2].trim();
  // A row with only an upper-case name and nothing else is a group heading.
  let filled = 0;
  for (let col = view.grid.left; col < view.cols; col++) if (!isBlank(view.raw(row, col))) filled++;
  if (filled <= 2 && name && name === name.toUpperCase() && /\p{L}/u.test(name) && !/^\d+$/.test(idx)) return name;
  return undefined;
}

const BIRTH_FIELDS: [string, 'male' | 'female' | undefined][] = [['birth', undefined], ['birthMale', 'male'], ['birthFemale', 'female']];
const COUNT_FIELDS = [['initiative', 'initiatives'], ['researchProject', 'researchProjects']] as const;

function personFromRow(ctx: StaffContext, row: number, unitName: string | undefined, sectionCell: string | undefined): Person | undefined {
  const { view, cols, issues, rec } = ctx;
  const at = (field: string): CellValue => {
    const c = cols.get(field);
    return c === undefined ? null : view.raw(row, c);
  };
  const colOf = (field: string) => cols.get(field);
  const nameCol = cols.get('name')!;
  const nameCell = view.raw(row, nameCol);
  if (isBlank(nameCell)) return undefined;
  const person: Person = {
    id: `${rec.sheet}!${row + 1}`,
    source: { sheet: rec.sheet, row: row + 1 },
    name: '',
    exemptLeave: [],
    discipline: 'none',
    initiatives: 0,
    provincialInitiative: false,
    researchProjects: 0,
    history: {},
  };
  if (isCellError(nameCell)) {
    issues.add('warning', 'error-value-name', row, nameCol, nameCell);
    person.name = nameCell.error;
    person.excluded = true;
  } else if (typeof nameCell === 'string' && nameCell.trim().startsWith('=')) {
    issues.add('warning', 'formula-name', row, nameCol, nameCell);
    person.name = nameCell.trim().slice(0, MAX_TEXT);
    person.excluded = true;
  } else {
    const text = cleanText(asText(nameCell));
    if (ctx.formulaCells.size && ctx.formulaCells.has(cellAddress(row, nameCol))) issues.add('warning', 'formula-name-value', row, nameCol, text);
    if (text.length > MAX_TEXT) issues.add('warning', 'long-text', row, nameCol, text, { length: text.length });
    person.name = text.slice(0, MAX_TEXT);
  }

  // Birth: one column, or "Năm sinh" split into Nam / Nữ.
  for (const [field, gender] of BIRTH_FIELDS) {
    const v = at(field);
    if (isBlank(v)) continue;
    const b = parseBirth(v);
    if (!b) issues.add('warning', 'bad-date', row, colOf(field), v);
    else if (b.year < 1900 || b.year > 2100) issues.add('warning', 'date-out-of-range', row, colOf(field), v);
    else {
      person.birthYear = b.year;
      if (b.date) person.birthDate = b.date;
      if (gender) person.gender = gender;
    }
  }
  const g = fold(asText(at('gender')));
  if (g === 'nam') person.gender = 'male';
  else if (g === 'nu') person.gender = 'female';

  if (!isBlank(at('position'))) person.position = cleanText(asText(at('position'))).slice(0, MAX_TEXT);

  // Unit: its own column, else the section row above.
  const unitCol = colOf('unit');
  const typedUnit = unitCol !== undefined && !isBlank(at('unit')) ? cleanText(asText(at('unit'))) : unitName;
  if (typedUnit) {
    const matched = ctx.unitIndex?.find(typedUnit);
    person.unit = matched ?? typedUnit.slice(0, MAX_TEXT);
    if (ctx.unitIndex && !matched) {
      if (unitCol !== undefined && !isBlank(at('unit'))) issues.add('warning', 'unknown-unit', row, unitCol, typedUnit);
      else if (sectionCell) issues.list.push({ severity: 'warning', code: 'unknown-unit', sheet: rec.sheet, cell: sectionCell, value: typedUnit });
    }
  }

  const hire = at('hireDate');
  if (!isBlank(hire)) {
    const d = parseDate(hire);
    if (!d) issues.add('warning', 'bad-date', row, colOf('hireDate'), hire);
    else if (d < '1900-01-01' || d > '2100-12-31') issues.add('warning', 'date-out-of-range', row, colOf('hireDate'), hire);
    else person.hireDate = d;
  }
  const months = at('monthsWorked');
  if (!isBlank(months)) {
    const n = parseNumber(months);
    if (n === undefined || n < 0) issues.add('warning', 'bad-number', row, colOf('monthsWorked'), months);
    else person.monthsWorked = n;
  }

  const ratingCell = at('rating');
  if (isBlank(ratingCell)) {
    if (!person.excluded) issues.add('warning', 'missing-rating', row, colOf('rating'), '');
    person.excluded = true;
  } else {
    const r = parseRating(ratingCell);
    if (r) person.rating = r;
    else {
      issues.add('warning', isCellError(ratingCell) ? 'error-value' : 'unknown-rating', row, colOf('rating'), ratingCell);
      person.excluded = true;
    }
  }

  const leave = at('leaveDays');
  if (!isBlank(leave)) {
    const n = parseNumber(leave);
    if (n === undefined) issues.add('warning', isCellError(leave) ? 'error-value' : 'bad-number', row, colOf('leaveDays'), leave);
    else if (n < 0) {
      issues.add('warning', 'negative-days', row, colOf('leaveDays'), leave);
      person.leaveDays = 0;
    } else {
      if (n > MAX_WORKING_DAYS) issues.add('warning', 'too-many-days', row, colOf('leaveDays'), leave, { max: MAX_WORKING_DAYS });
      person.leaveDays = n;
    }
  }
  const maternity = at('maternityLeave');
  if (!isBlank(maternity)) {
    const yn = parseYesNo(maternity);
    const n = parseNumber(maternity);
    if (n !== undefined) {
      if (n > 0) person.exemptLeave.push({ kind: 'maternity', days: n });
    } else if (yn !== undefined) {
      if (yn) person.exemptLeave.push({ kind: 'maternity' });
    } else issues.add('warning', 'bad-yes-no', row, colOf('maternityLeave'), maternity);
  }
  const disc = at('discipline');
  const d = parseDiscipline(disc);
  if (d === 'not-a-form') issues.add('warning', 'not-a-discipline', row, colOf('discipline'), disc);
  else if (d === undefined) issues.add('warning', 'unknown-discipline', row, colOf('discipline'), disc);
  else person.discipline = d;

  for (const [field, key] of COUNT_FIELDS) {
    const v = at(field);
    const n = parseCount(v);
    if (n === undefined) issues.add('warning', isCellError(v) ? 'error-value' : 'bad-number', row, colOf(field), v);
    else person[key] = n;
  }
  const prov = at('provincialInitiative');
  if (!isBlank(prov)) person.provincialInitiative = (parseCount(prov) ?? 0) > 0;

  const vote = at('voteShare');
  if (!isBlank(vote)) {
    const s = parseShare(vote);
    if (s === undefined) issues.add('warning', 'bad-vote-share', row, colOf('voteShare'), vote);
    else person.voteShare = s;
  }
  if (!isBlank(at('note'))) person.note = cleanText(asText(at('note'))).slice(0, MAX_TEXT);
  readPastColumns(view, row, rec, person.history, issues);
  return person;
}

/** `seen` spans every staff sheet read, so a person listed by two units' files is reported with both places. */
function parseStaff(ctx: StaffContext, seen: Map<string, string>): Person[] {
  const { view, rec, issues } = ctx;
  const persons: Person[] = [];
  let section: { name: string; cell: string } | undefined;
  for (let row = rec.dataStart; row < view.rows; row++) {
    const kind = rowKind(view, row);
    if (kind === 'signature') break;
    if (kind !== 'data') continue;
    const sec = sectionUnit(ctx, row);
    if (sec) {
      section = { name: cleanText(sec), cell: cellAddress(row, ctx.cols.get('name')!) };
      continue;
    }
    const p = personFromRow(ctx, row, section?.name, section?.cell);
    if (!p) continue;
    if (!p.excluded) {
      const key = `${fold(p.name)}|${p.birthYear ?? ''}|${fold(p.unit ?? '')}`;
      const first = seen.get(key);
      if (first !== undefined) {
        issues.add('warning', 'duplicate-person', row, ctx.cols.get('name'), p.name, { first });
        p.excluded = true;
      } else seen.set(key, `${rec.sheet}!${cellAddress(row, ctx.cols.get('name')!)}`);
    }
    persons.push(p);
  }
  return persons;
}

function mergeHistory(view: GridView, rec: SheetRecognition, persons: Person[], unitIndex: UnitIndex | undefined): DataIssue[] {
  const issues = new Issues(rec.sheet);
  const cols = columnsOf(rec);
  const byName = new Map<string, Person[]>();
  for (const p of persons) if (!p.excluded) byName.set(fold(p.name), [...(byName.get(fold(p.name)) ?? []), p]);
  for (let row = rec.dataStart; row < view.rows; row++) {
    if (rowKind(view, row) !== 'data') continue;
    const name = asText(view.raw(row, cols.get('name')!)).trim();
    if (!name) continue;
    const yearCell = view.raw(row, cols.get('year')!);
    const year = parseNumber(yearCell);
    if (year === undefined || year < 1900 || year > 2100) {
      issues.add('warning', 'bad-year', row, cols.get('year'), yearCell);
      continue;
    }
    let candidates = byName.get(fold(name)) ?? [];
    const unitCol = cols.get('unit');
    if (candidates.length > 1 && unitCol !== undefined) {
      const typed = asText(view.raw(row, unitCol));
      const unit = unitIndex?.find(typed) ?? cleanText(typed);
      const same = candidates.filter((p) => fold(p.unit ?? '') === fold(unit));
      if (same.length) candidates = same;
    }
    const birthCol = cols.get('birth');
    if (candidates.length > 1 && birthCol !== undefined) {
      const b = parseBirth(view.raw(row, birthCol));
      const same = b ? candidates.filter((p) => p.birthYear === b.year) : [];
      if (same.length) candidates = same;
    }
    if (candidates.length === 0) {
      issues.add('info', 'history-unmatched', row, cols.get('name'), name);
      continue;
    }
    if (candidates.length > 1) {
      issues.add('warning', 'history-ambiguous', row, cols.get('name'), name, { count: candidates.length });
      continue;
    }
    const p = candidates[0];
    const titleCol = cols.get('title');
    const titleText = titleCol !== undefined ? asText(view.raw(row, titleCol)) : '';
    if (titleText.trim()) {
      const t = parseTitle(titleText);
      if (t) addTitle(p.history, year, t);
      else issues.add('warning', 'unknown-title', row, titleCol, titleText);
    }
    const ratingCol = cols.get('rating');
    if (ratingCol !== undefined && !isBlank(view.raw(row, ratingCol))) {
      const r = parseRating(view.raw(row, ratingCol));
      if (r) (p.history[year] ??= { titles: [] }).rating = r;
      else issues.add('warning', 'unknown-rating-past', row, ratingCol, view.raw(row, ratingCol));
    }
  }
  return issues.list;
}

export interface ReadOptions {
  year: number;
  mapping?: Record<string, SheetMappingSetting>;
}

/** Grids → records. Pure; every problem becomes an issue with its sheet and cell. */
export function readWorkbook(grids: SheetGrid[], options: ReadOptions): ParsedWorkbook {
  // Several files reviewed as one agency arrive as "file › sheet": each file is recognised on its own.
  const groups = new Map<string, SheetGrid[]>();
  for (const g of grids) {
    const source = g.name.includes(SOURCE_SEPARATOR) ? g.name.slice(0, g.name.indexOf(SOURCE_SEPARATOR)) : '';
    groups.set(source, [...(groups.get(source) ?? []), g]);
  }
  const recognitions: SheetRecognition[] = [];
  const issues: DataIssue[] = [];
  for (const group of groups.values()) {
    const r = recognise(group, options);
    recognitions.push(...r.recognitions);
    issues.push(...r.issues);
  }
  const gridOf = (sheet: string) => grids.find((g) => g.name === sheet)!;
  const staffRecs = recognitions.filter((r) => r.role === 'staff');
  const fatal = (code: string, sheet?: string): ParsedWorkbook => ({
    recognitions,
    persons: [],
    units: [],
    issues: [...issues, { severity: 'error', code, ...(sheet ? { sheet } : {}) }],
    fatal: true,
  });
  if (!staffRecs.length) return fatal('no-staff-sheet');
  for (const staff of staffRecs) {
    const cols = columnsOf(staff);
    if (!cols.has('name')) return fatal('no-name-column', staff.sheet);
    if (!cols.has('rating')) return fatal('no-rating-column', staff.sheet);
  }
  if (groups.size > 1) {
    for (const [source, group] of groups) {
      if (!staffRecs.some((r) => group.some((g) => g.name === r.sheet))) issues.push({ severity: 'warning', code: 'no-staff-sheet-in-file', value: source });
    }
  }

  let units: Unit[] = [];
  const staffSheets = new Set(staffRecs.map((r) => r.sheet));
  for (const unitRec of recognitions.filter((r) => r.role === 'units' && !staffSheets.has(r.sheet))) {
    const parsed = parseUnits(new GridView(gridOf(unitRec.sheet)), unitRec);
    const known = new Set(units.map((u) => fold(u.name)));
    units.push(...parsed.units.filter((u) => !known.has(fold(u.name))));
    issues.push(...parsed.issues);
  }
  const unitIndex = units.length ? new UnitIndex(units.map((u) => u.name)) : undefined;
  const persons: Person[] = [];
  const seen = new Map<string, string>();
  for (const staff of staffRecs) {
    const staffGrid = gridOf(staff.sheet);
    const staffIssues = new Issues(staff.sheet);
    persons.push(...parseStaff({ view: new GridView(staffGrid), rec: staff, cols: columnsOf(staff), unitIndex, issues: staffIssues, formulaCells: new Set(staffGrid.formulaCells ?? []) }, seen));
    issues.push(...staffIssues.list);
  }

  if (!units.length) {
    // No unit sheet: the units are those the staff list names, in order of appearance.
    const names = [...new Set(persons.filter((p) => p.unit).map((p) => p.unit!))];
    units = names.map((name) => ({ id: `unit:${name}`, name, history: {} }));
  }
  for (const historyRec of recognitions.filter((r) => r.role === 'history' && !staffSheets.has(r.sheet))) {
    issues.push(...mergeHistory(new GridView(gridOf(historyRec.sheet)), historyRec, persons, unitIndex));
  }

  const listed = new Map<string, number>();
  for (const p of persons) if (!p.excluded && p.unit) listed.set(p.unit, (listed.get(p.unit) ?? 0) + 1);
  for (const u of units) {
    if (u.declaredMembers === undefined || !u.source) continue;
    const n = listed.get(u.name) ?? 0;
    if (n !== u.declaredMembers) issues.push({ severity: 'info', code: 'headcount-differs', sheet: u.source.sheet, value: u.name, args: { declared: u.declaredMembers, listed: n } });
  }
  if (!persons.some((p) => !p.excluded)) issues.push({ severity: 'warning', code: 'no-people', sheet: staffRecs[0].sheet });
  return { recognitions, persons, units, issues: issues.map((i) => (i.cell === undefined && 'cell' in i ? dropUndefined(i) : i)), fatal: false };
}

function dropUndefined(i: DataIssue): DataIssue {
  const { cell: _cell, ...rest } = i;
  return rest;
}
