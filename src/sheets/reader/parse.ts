/**
 * Rows → Person, Unit and history records, by walking the declared field table over each
 * row, with an issue (sheet, cell, value) for every value that cannot be understood. Never
 * throws on any grid. What only the whole row can settle (the unit against the unit list, the
 * "Chức vụ, đơn vị" split, leave added up, the scope of initiatives) is done once the row is read.
 */
import type { DataIssue, Person, Severity, Unit } from '../../domain/types';
import { SOURCE_SEPARATOR, type ParsedWorkbook, type SheetRecognition } from '../fields';
import { cellAddress, isCellError, type CellValue, type SheetGrid } from '../grid';
import type { SheetMappingSetting } from '../../domain/settings';
import { coverageIssues, orderIssues, unreadIssues } from './coverage';
import { addTitle, disciplineForYear, fieldDef, MAX_TEXT, readPast, STAFF_TABLE, UNIT_TABLE, type Cx, type FieldDef, type PastKind, type StaffDraft, type UnitDraft } from './field-table';
import { cleanText, fold } from './fold';
import { joinInitiatives, readInitiativeRows } from './initiatives';
import { splitPositionUnit } from './position-unit';
import { cleanLabel, GridView, isNumberingRow, recognise, type Recognised } from './recognise';
import { sheetUnitOf } from './staff-parts';
import { UnitIndex } from './units';
import { asText, isBlank, parseArrival, parseBirth, parseNumber, parseRating, parseSubjectKind, titlesIn } from './values';

const ROMAN = /^[IVXLC]+$/;
const ROMAN_PREFIX = /^([IVXLC]+|[A-Z])[.)/]\s*(.+)$/;

/**
 * Why a row is not data: a totals row is skipped; a signature block (a place-and-date
 * line, "NGƯỜI LẬP BIỂU", "GIÁM ĐỐC" on a row of its own) ends the table.
 */
function rowKind(view: GridView, row: number): 'blank' | 'totals' | 'signature' | 'data' {
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

class Issues {
  readonly list: DataIssue[] = [];
  constructor(readonly sheet: string) {}
  add(severity: Severity, code: string, row: number, col: number | undefined, value?: CellValue | string, args?: DataIssue['args']): void {
    this.list.push({
      severity,
      code,
      sheet: this.sheet,
      ...(col !== undefined ? { cell: cellAddress(row, col) } : {}),
      ...(value !== undefined ? { value: typeof value === 'string' ? value.slice(0, MAX_TEXT) : asText(value as CellValue).slice(0, MAX_TEXT) } : {}),
      ...(args ? { args } : {}),
    });
  }
  sheetLevel(severity: Severity, code: string, args?: DataIssue['args'], value?: string): void {
    this.list.push({ severity, code, sheet: this.sheet, ...(value !== undefined ? { value } : {}), ...(args ? { args } : {}) });
  }
}

/** Many rows with the same note (a month/year date, a household row…): one issue per column, with the count and the first cell. */
class Tally {
  private readonly map = new Map<string, { severity: Severity; code: string; row: number; col: number; value: string; count: number; args?: DataIssue['args'] }>();
  note(severity: Severity, code: string, row: number, col: number, value: CellValue | string, args?: DataIssue['args']): void {
    const key = `${code}|${col}`;
    const hit = this.map.get(key);
    if (hit) hit.count++;
    else this.map.set(key, { severity, code, row, col, value: typeof value === 'string' ? value : asText(value), count: 1, ...(args ? { args } : {}) });
  }
  flush(issues: Issues): void {
    for (const t of this.map.values()) issues.add(t.severity, t.code, t.row, t.col, t.value, { ...(t.args ?? {}), count: t.count });
  }
}

// ---------------------------------------------------------------------------------------
// Walking the table over a row.

interface Step<T> {
  def: FieldDef<T>;
  col: number;
}

interface Past {
  col: number;
  kind: PastKind;
  a: string;
  b?: string;
}

function pastOf(rec: SheetRecognition): Past[] {
  return rec.columns
    .filter((c) => c.field.includes(':'))
    .map((c) => {
      const [kind, a, b] = c.field.split(':');
      return { col: c.col, kind: kind as PastKind, a, b };
    });
}

class RowCx implements Cx {
  row = 0;
  col = 0;
  constructor(
    readonly year: number,
    private readonly issues: Issues,
    readonly tally?: Tally,
  ) {}
  issue(severity: Severity, code: string, value?: CellValue | string, args?: DataIssue['args']): void {
    this.issues.add(severity, code, this.row, this.col, value, args);
  }
}

/** Reads each mapped cell of a row through its field's declaration; an unreadable cell gives its issue and becomes what the field says. */
function walk<T>(view: GridView, row: number, steps: Step<T>[], rec: T, cx: RowCx, exclude: (rec: T) => void): void {
  cx.row = row;
  for (const { def, col } of steps) {
    cx.col = col;
    const v = view.raw(row, col);
    if (isBlank(v)) {
      def.blank?.(rec, cx);
      continue;
    }
    if (!def.read) continue;
    const bad = def.unreadable;
    if (isCellError(v)) {
      cx.issue('warning', 'error-value', v);
      if (bad?.becomes === 'excluded') exclude(rec);
      continue;
    }
    if (def.read(v, rec, cx) === false) {
      if (bad?.perColumn && cx.tally) cx.tally.note(bad.severity, bad.code, row, col, v);
      else cx.issue(bad?.severity ?? 'warning', bad?.code ?? 'unreadable', v);
      if (bad?.becomes === 'excluded') exclude(rec);
    }
  }
}

function stepsOf<T>(rec: SheetRecognition, table: FieldDef<T>[]): Step<T>[] {
  const steps: Step<T>[] = [];
  for (const c of rec.columns) {
    const def = table.find((d) => d.id === c.field);
    if (def?.read) steps.push({ def, col: c.col });
  }
  return steps;
}

// ---------------------------------------------------------------------------------------
// The unit list.

function parseUnits(view: GridView, rec: SheetRecognition, year: number): { units: Unit[]; issues: DataIssue[] } {
  const issues = new Issues(rec.sheet);
  const nameCol = rec.columns.find((c) => c.field === 'unitName')?.col;
  if (nameCol === undefined) {
    issues.sheetLevel('warning', 'no-unit-name-column', { role: 'units' });
    return { units: [], issues: issues.list };
  }
  const steps = stepsOf(rec, UNIT_TABLE);
  const past = pastOf(rec);
  const tally = new Tally();
  const cx = new RowCx(year, issues, tally);
  const units: Unit[] = [];
  const seen = new Map<string, number>();
  for (let row = rec.dataStart; row < view.rows; row++) {
    const kind = rowKind(view, row);
    if (kind === 'signature') break;
    if (kind !== 'data' || isNumberingRow(view, row)) continue;
    const nameCell = view.raw(row, nameCol);
    if (isBlank(nameCell) || isCellError(nameCell) || typeof nameCell !== 'string') continue;
    const name = cleanText(nameCell).slice(0, MAX_TEXT);
    const key = fold(name);
    if (key === cleanLabel(rec.columns.find((c) => c.field === 'unitName')!.header.split(' / ').pop()!)) continue;
    if (seen.has(key)) {
      issues.add('warning', 'duplicate-unit', row, nameCol, name, { first: seen.get(key)! + 1 });
      continue;
    }
    seen.set(key, row);
    const draft: UnitDraft = { unit: { id: `${rec.sheet}!${row + 1}`, source: { sheet: rec.sheet, row: row + 1 }, name, history: {} } };
    walk(view, row, steps, draft, cx, () => undefined);
    readPastRow(view, row, past, draft.unit.history, cx);
    units.push(draft.unit);
  }
  tally.flush(issues);
  return { units, issues: issues.list };
}

function readPastRow(view: GridView, row: number, past: Past[], history: Person['history'], cx: RowCx): void {
  cx.row = row;
  for (const p of past) {
    const v = view.raw(row, p.col);
    if (isBlank(v)) continue;
    cx.col = p.col;
    if (isCellError(v)) {
      cx.issue('warning', 'error-value', v);
      continue;
    }
    readPast(p.kind, p.a, p.b, v, history, cx);
  }
}

// ---------------------------------------------------------------------------------------
// The staff list.

interface StaffContext {
  view: GridView;
  rec: SheetRecognition;
  year: number;
  nameCol: number;
  indexCol?: number;
  ratingCol?: number;
  kindCol?: number;
  steps: Step<StaffDraft>[];
  past: Past[];
  unitIndex?: UnitIndex;
  unitNames: string[];
  issues: Issues;
  tally: Tally;
  cx: RowCx;
  formulaCells: Set<string>;
  nameHeader: string;
  /** People whose initiatives this year have no known scope, with the first such cell. */
  scopeUnknown: Map<Person, string>;
  /** A part of a list kept over several sheets, without a unit column: the sheet's unit (staff-parts.ts). */
  sheetUnit?: string;
}

/** The unit named by a section row ("I | VĂN PHÒNG SỞ", "II. THANH TRA SỞ"), if the row is one. */
function sectionUnit(ctx: StaffContext, row: number): string | undefined {
  const { view, nameCol, indexCol, ratingCol } = ctx;
  if (ratingCol !== undefined && !isBlank(view.raw(row, ratingCol))) return undefined;
  const idx = indexCol !== undefined ? asText(view.raw(row, indexCol)).trim() : '';
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

const TOTAL_LEAF = /^(tong|tong so|tong cong|cong|tong so ngay)( ngay( nghi)?)?$/;

/** The steps of the staff list, with the columns that need more than their field's own reading. */
function staffSteps(rec: SheetRecognition): Step<StaffDraft>[] {
  const steps: Step<StaffDraft>[] = [];
  const leaveDef = fieldDef('staff', 'leaveDays') as FieldDef<StaffDraft>;
  for (const c of rec.columns) {
    const def = STAFF_TABLE.find((d) => d.id === c.field);
    if (!def?.read) continue;
    const parts = c.header.split(' / ');
    const leaf = cleanLabel(parts[parts.length - 1]);
    const parent = cleanLabel(parts.slice(0, -1).join(' '));
    if (def.id === 'leaveDays' && parts.length > 1 && TOTAL_LEAF.test(leaf)) {
      // "Số ngày nghỉ" over "Ốm | Thai sản | Tổng": the total is the leave.
      steps.push({
        col: c.col,
        def: {
          ...def,
          read: (v, d, cx) => {
            const before = d.leaveParts.length;
            const ok = def.read!(v, d, cx);
            if (ok !== false && d.leaveParts.length > before) {
              d.leaveTotal = d.leaveParts.pop();
              d.leaveTotalCol = cx.col;
            }
            return ok;
          },
        },
      });
      continue;
    }
    if (['maternityLeave', 'trainingLeave', 'injuryLeave'].includes(def.id) && parent && leaveDef.aliases.some((a) => parent === a.replace(/\$$/, '') || parent.startsWith(`${a.replace(/\$$/, '')} `))) {
      // The same leave under the "Số ngày nghỉ" group: its days are part of the leave (the rules take them off again).
      steps.push({
        col: c.col,
        def: {
          ...def,
          read: (v, d, cx) => {
            const before = d.person.exemptLeave.length;
            const ok = def.read!(v, d, cx);
            const added = d.person.exemptLeave[before];
            if (added?.days !== undefined) d.leaveParts.push(added.days);
            return ok;
          },
        },
      });
      continue;
    }
    steps.push({ def, col: c.col });
  }
  return steps;
}

function newPerson(rec: SheetRecognition, row: number): Person {
  return {
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
}

/** The name cell: a formula, an error, a number or an over-long text is said, not silently kept. */
function readName(ctx: StaffContext, row: number, person: Person): boolean {
  const { view, nameCol, issues } = ctx;
  const nameCell = view.raw(row, nameCol);
  if (isCellError(nameCell)) {
    issues.add('warning', 'error-value-name', row, nameCol, nameCell);
    person.name = nameCell.error;
    person.excluded = true;
    return true;
  }
  if (typeof nameCell === 'string' && nameCell.trim().startsWith('=')) {
    issues.add('warning', 'formula-name', row, nameCol, nameCell);
    person.name = nameCell.trim().slice(0, MAX_TEXT);
    person.excluded = true;
    return true;
  }
  const text = cleanText(asText(nameCell));
  if (!/\p{L}/u.test(text)) {
    // "2", "(3)": a column number or a stray count, never a person.
    issues.add('warning', 'not-a-name', row, nameCol, text);
    return false;
  }
  if (ctx.formulaCells.size && ctx.formulaCells.has(cellAddress(row, nameCol))) issues.add('warning', 'formula-name-value', row, nameCol, text);
  if (text.length > MAX_TEXT) issues.add('warning', 'long-text', row, nameCol, text, { length: text.length });
  person.name = text.slice(0, MAX_TEXT);
  return true;
}

function personFromRow(ctx: StaffContext, row: number, section: { name: string; cell: string } | undefined): Person | undefined {
  const { view, issues, rec, tally } = ctx;
  if (isBlank(view.raw(row, ctx.nameCol))) return undefined;
  // A household in a mixed list is no staff member (collectives were read as units before).
  if (ctx.kindCol !== undefined && parseSubjectKind(view.raw(row, ctx.kindCol)) === 'household') {
    tally.note('info', 'household-row', row, ctx.kindCol, view.raw(row, ctx.kindCol));
    return undefined;
  }
  const person = newPerson(rec, row);
  if (!readName(ctx, row, person)) return undefined;
  const d: StaffDraft = { person, leaveParts: [], initiativeCells: [] };
  walk(view, row, ctx.steps, d, ctx.cx, (x) => {
    x.person.excluded = true;
  });
  readPastRow(view, row, ctx.past, person.history, ctx.cx);

  // Unit: its own column, else the combined "Chức vụ, đơn vị", else the section row above.
  if (d.positionUnit) {
    const split = splitPositionUnit(d.positionUnit.text, ctx.unitNames);
    if (split.position && !person.position) person.position = split.position.slice(0, MAX_TEXT);
    if (!d.typedUnit) {
      if (split.unit) {
        person.unit = split.unit.slice(0, MAX_TEXT);
        tally.note('info', 'position-unit-split', row, d.positionUnit.col, d.positionUnit.text, { position: split.position ?? '', unit: split.unit });
      } else issues.add('warning', 'position-unit-unsplit', row, d.positionUnit.col, d.positionUnit.text);
    }
  }
  // A unit column whose value is no unit of the list (the agency, "Sở Tư pháp") under a section
  // row that names one: the section row is the unit, and the column's value is said once per column.
  const sectionUnitKnown = d.typedUnit && section && ctx.unitIndex && !ctx.unitIndex.find(d.typedUnit.text) ? ctx.unitIndex.find(section.name) : undefined;
  if (sectionUnitKnown && d.typedUnit) {
    tally.note('warning', 'unit-column-not-a-unit', row, d.typedUnit.col, d.typedUnit.text, { unit: sectionUnitKnown });
    d.typedUnit = undefined;
  }
  const typed = d.typedUnit?.text ?? (person.unit ? undefined : section?.name);
  if (typed) {
    const matched = ctx.unitIndex?.find(typed);
    person.unit = matched ?? typed.slice(0, MAX_TEXT);
    if (ctx.unitIndex && !matched) {
      if (d.typedUnit) issues.add('warning', 'unknown-unit', row, d.typedUnit.col, typed);
      else if (section) issues.list.push({ severity: 'warning', code: 'unknown-unit', sheet: rec.sheet, cell: section.cell, value: typed });
    }
  } else if (person.unit && ctx.unitIndex && !ctx.unitNames.includes(person.unit)) {
    const matched = ctx.unitIndex.find(person.unit);
    if (matched) person.unit = matched;
  }
  // A part-sheet's people with no unit of their own belong to the sheet's unit (said once per sheet).
  if (!person.unit && ctx.sheetUnit) person.unit = ctx.sheetUnit;

  // Leave: a "Tổng" column, else every leave column added up.
  if (d.leaveTotal !== undefined) {
    person.leaveDays = d.leaveTotal;
    // The months (or kinds) beside the total should add up to it: the total is used, the difference said.
    const sum = d.leaveParts.reduce((a, b) => a + b, 0);
    if (d.leaveParts.length && Math.abs(sum - d.leaveTotal) > 1e-9) issues.add('warning', 'leave-parts-differ', row, d.leaveTotalCol ?? ctx.nameCol, String(d.leaveTotal), { total: d.leaveTotal, sum });
  } else if (d.leaveParts.length) person.leaveDays = d.leaveParts.reduce((a, b) => a + b, 0);
  for (const e of person.exemptLeave) if (e.days === undefined) tally.note('info', 'exempt-leave-mark', row, ctx.rec.columns.find((c) => c.field === leaveField(e.kind))?.col ?? ctx.nameCol, 'x', { kind: e.kind });

  // Initiatives this year: how many, and whether one was recognised at provincial scope.
  if (d.provincialCount) person.initiatives = Math.max(person.initiatives, d.provincialCount);
  if (d.initiativeCells.length) {
    person.initiatives = Math.max(person.initiatives, d.initiativeCells.reduce((a, c) => a + c.count, 0));
    if (person.initiatives > 0) {
      const scope = d.scope ?? (d.initiativeCells.some((c) => c.scope === true) ? true : d.initiativeCells.every((c) => c.count === 0 || c.scope === false) ? false : undefined);
      if (scope === true) person.provincialInitiative = true;
      if (scope === undefined && !person.provincialInitiative) ctx.scopeUnknown.set(person, cellAddress(row, d.initiativeCells[0].col));
    }
  }

  // How the person came: a note "chuyển đến từ …" says it when no column does.
  if (!person.arrival && d.note) {
    const a = parseArrival(d.note);
    if (a === 'transferred') {
      person.arrival = a;
      tally.note('info', 'arrival-from-note', row, ctx.rec.columns.find((c) => c.field === 'note')!.col, d.note);
    }
  }
  // A recruit whose only date is the joining date: that date is the recruitment.
  if (!person.hireDate && person.joinDate && person.arrival === 'recruited') {
    person.hireDate = person.joinDate;
    d.hirePrecision = d.joinPrecision;
    tally.note('info', 'join-date-as-hire', row, ctx.rec.columns.find((c) => c.field === 'joinDate')!.col, person.joinDate);
  }
  if (!person.hireDate && person.joinDate && !person.arrival && person.monthsWorked === undefined && ctx.rec.columns.some((c) => c.field === 'hireDate')) {
    tally.note('warning', 'join-date-only', row, ctx.rec.columns.find((c) => c.field === 'joinDate')!.col, person.joinDate);
  }
  for (const [field, precision] of [
    ['hireDate', d.hirePrecision],
    ['joinDate', d.joinPrecision],
  ] as const) {
    if (precision === 'month' || precision === 'year') {
      const col = ctx.rec.columns.find((c) => c.field === field)!.col;
      tally.note('info', precision === 'month' ? 'date-month-only' : 'date-year-only', row, col, view.raw(row, col));
    }
  }

  // A discipline decided in an earlier year and not known to be still running is not this year's.
  const disc = disciplineForYear(person.discipline, person.disciplineYear, person.disciplineUntil, ctx.year);
  if (disc !== person.discipline) {
    const col = ctx.rec.columns.find((c) => c.field === 'discipline')!.col;
    issues.add('info', 'discipline-other-year', row, col, view.raw(row, col), { decided: person.disciplineYear ?? '', year: ctx.year });
    person.discipline = disc;
  }
  return person;
}

const leaveField = (kind: 'maternity' | 'work-injury' | 'training') => (kind === 'maternity' ? 'maternityLeave' : kind === 'training' ? 'trainingLeave' : 'injuryLeave');

/** Collective rows of a mixed list ("Phân loại khen thưởng: Tập thể"): the units, read before the people. */
function collectiveRows(view: GridView, rec: SheetRecognition, year: number, issues: Issues): Unit[] {
  const kindCol = rec.columns.find((c) => c.field === 'kind')?.col;
  const nameCol = rec.columns.find((c) => c.field === 'name')?.col;
  if (kindCol === undefined || nameCol === undefined) return [];
  const ratingCol = rec.columns.find((c) => c.field === 'rating')?.col;
  const noteCol = rec.columns.find((c) => c.field === 'note')?.col;
  const kindDef = fieldDef('staff', 'kind') as FieldDef<StaffDraft>;
  const units: Unit[] = [];
  for (let row = rec.dataStart; row < view.rows; row++) {
    if (rowKind(view, row) !== 'data') continue;
    const probe: StaffDraft = { person: newPerson(rec, row), leaveParts: [], initiativeCells: [] };
    const kv = view.raw(row, kindCol);
    if (isBlank(kv) || isCellError(kv)) continue;
    kindDef.read!(kv, probe, { row, col: kindCol, year, issue: () => undefined });
    if (probe.kind !== 'collective') continue;
    const name = cleanText(asText(view.raw(row, nameCol)));
    if (!name) continue;
    const unit: Unit = { id: `${rec.sheet}!${row + 1}`, source: { sheet: rec.sheet, row: row + 1 }, name: name.slice(0, MAX_TEXT), history: {} };
    if (ratingCol !== undefined && !isBlank(view.raw(row, ratingCol))) {
      const r = parseRating(view.raw(row, ratingCol));
      if (r) unit.rating = r;
      else issues.add('warning', 'unknown-unit-rating', row, ratingCol, view.raw(row, ratingCol));
    }
    if (noteCol !== undefined && !isBlank(view.raw(row, noteCol))) unit.note = cleanText(asText(view.raw(row, noteCol))).slice(0, MAX_TEXT);
    units.push(unit);
  }
  return units;
}

/** `seen` spans every staff sheet read, so a person listed by two units' files is reported with both places. */
function parseStaff(ctx: StaffContext, seen: Map<string, string>): Person[] {
  const { view, rec, issues } = ctx;
  const persons: Person[] = [];
  let section: { name: string; cell: string } | undefined;
  const headerName = cleanLabel(ctx.nameHeader);
  for (let row = rec.dataStart; row < view.rows; row++) {
    const kind = rowKind(view, row);
    if (kind === 'signature') break;
    if (kind !== 'data') continue;
    // Rows that repeat the header or its column numbers (a list pasted page by page).
    if (isNumberingRow(view, row) || cleanLabel(asText(view.raw(row, ctx.nameCol))) === headerName) continue;
    if (ctx.kindCol !== undefined && parseSubjectKind(view.raw(row, ctx.kindCol)) === 'collective') continue;
    const sec = sectionUnit(ctx, row);
    if (sec) {
      section = { name: cleanText(sec), cell: cellAddress(row, ctx.nameCol) };
      continue;
    }
    const p = personFromRow(ctx, row, section);
    if (!p) continue;
    if (!p.excluded) {
      const key = `${fold(p.name)}|${p.birthYear ?? ''}|${fold(p.unit ?? '')}`;
      const first = seen.get(key);
      if (first !== undefined) {
        issues.add('warning', 'duplicate-person', row, ctx.nameCol, p.name, { first });
        p.excluded = true;
      } else seen.set(key, `${rec.sheet}!${cellAddress(row, ctx.nameCol)}`);
    }
    persons.push(p);
  }
  ctx.tally.flush(issues);
  return persons;
}

// ---------------------------------------------------------------------------------------
// The long-form history sheet.

function mergeHistory(view: GridView, rec: SheetRecognition, persons: Person[], unitIndex: UnitIndex | undefined): DataIssue[] {
  const issues = new Issues(rec.sheet);
  const cols = new Map(rec.columns.map((c) => [c.field, c.col]));
  const nameCol = cols.get('name');
  const yearCol = cols.get('year');
  if (nameCol === undefined || yearCol === undefined) {
    issues.sheetLevel('warning', 'history-columns-missing', { missing: [nameCol === undefined ? 'name' : '', yearCol === undefined ? 'year' : ''].filter(Boolean).join(', ') });
    return issues.list;
  }
  const byName = new Map<string, Person[]>();
  for (const p of persons) if (!p.excluded) byName.set(fold(p.name), [...(byName.get(fold(p.name)) ?? []), p]);
  for (let row = rec.dataStart; row < view.rows; row++) {
    if (rowKind(view, row) !== 'data') continue;
    const name = asText(view.raw(row, nameCol)).trim();
    if (!name) continue;
    const yearCell = view.raw(row, yearCol);
    const year = parseNumber(yearCell);
    if (year === undefined || year < 1900 || year > 2100) {
      issues.add('warning', 'bad-year', row, yearCol, yearCell);
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
      issues.add('info', 'history-unmatched', row, nameCol, name);
      continue;
    }
    if (candidates.length > 1) {
      issues.add('warning', 'history-ambiguous', row, nameCol, name, { count: candidates.length });
      continue;
    }
    const p = candidates[0];
    const titleCol = cols.get('title');
    const titleText = titleCol !== undefined ? asText(view.raw(row, titleCol)) : '';
    if (titleText.trim()) {
      const ts = titlesIn(titleText);
      for (const t of ts) addTitle(p.history, year, t);
      if (!ts.length) issues.add('warning', 'unknown-title', row, titleCol, titleText);
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

// ---------------------------------------------------------------------------------------

export interface ReadOptions {
  year: number;
  mapping?: Record<string, SheetMappingSetting>;
}

/** Grids → records. Pure; every problem becomes an issue with its sheet and cell. */
export function readWorkbook(grids: SheetGrid[], options: ReadOptions): ParsedWorkbook {
  const year = options.year;
  // Several files reviewed as one agency arrive as "file › sheet": each file is recognised on its own.
  const groups = new Map<string, SheetGrid[]>();
  for (const g of grids) {
    const source = g.name.includes(SOURCE_SEPARATOR) ? g.name.slice(0, g.name.indexOf(SOURCE_SEPARATOR)) : '';
    groups.set(source, [...(groups.get(source) ?? []), g]);
  }
  const recognitions: SheetRecognition[] = [];
  const issues: DataIssue[] = [];
  const unread: Recognised['unread'] = [];
  for (const group of groups.values()) {
    const r = recognise(group, options);
    recognitions.push(...r.recognitions);
    issues.push(...r.issues);
    unread.push(...r.unread);
  }
  const gridOf = (sheet: string) => grids.find((g) => g.name === sheet)!;
  const staffRecs = recognitions.filter((r) => r.role === 'staff');
  const groupOf = (sheet: string) => (sheet.includes(SOURCE_SEPARATOR) ? sheet.slice(0, sheet.indexOf(SOURCE_SEPARATOR)) : '');
  /** A staff sheet read beside others of the same file: a part of one list. */
  const isPart = (sheet: string) => staffRecs.filter((r) => groupOf(r.sheet) === groupOf(sheet)).length > 1;
  const fatal = (code: string, sheet?: string, args?: DataIssue['args']): ParsedWorkbook => ({
    recognitions,
    persons: [],
    units: [],
    issues: orderIssues([{ severity: 'error', code, ...(sheet ? { sheet } : {}), ...(args ? { args } : {}) }, ...issues.filter((i) => i.code !== 'guide-sheet-skipped'), ...unreadIssues(unread, issues)]),
    fatal: true,
  });
  if (!staffRecs.length) {
    const guide = issues.find((i) => i.code === 'guide-sheet-skipped');
    return guide ? fatal('staff-only-in-guide', guide.sheet) : fatal('no-staff-sheet');
  }
  for (const staff of staffRecs) {
    const has = (f: string) => staff.columns.some((c) => c.field === f);
    if (!has('name')) return fatal(staff.fromSettings ? 'no-name-column-chosen' : 'no-name-column', staff.sheet);
    if (!has('rating')) return fatal('no-rating-column', staff.sheet);
  }
  if (groups.size > 1) {
    for (const [source, group] of groups) {
      if (!staffRecs.some((r) => group.some((g) => g.name === r.sheet))) issues.push({ severity: 'warning', code: 'no-staff-sheet-in-file', value: source });
    }
  }

  // Units: the unit list, and the collectives of a mixed list.
  let units: Unit[] = [];
  const staffSheets = new Set(staffRecs.map((r) => r.sheet));
  const addUnits = (more: Unit[]) => {
    const known = new Set(units.map((u) => fold(u.name)));
    for (const u of more) if (!known.has(fold(u.name))) units.push(u);
  };
  for (const unitRec of recognitions.filter((r) => r.role === 'units' && !staffSheets.has(r.sheet))) {
    const parsed = parseUnits(new GridView(gridOf(unitRec.sheet)), unitRec, year);
    addUnits(parsed.units);
    issues.push(...parsed.issues);
  }
  const staffIssues = new Map<string, Issues>(staffRecs.map((r) => [r.sheet, new Issues(r.sheet)]));
  const mixedUnits: Unit[] = [];
  for (const staff of staffRecs) {
    const found = collectiveRows(new GridView(gridOf(staff.sheet)), staff, year, staffIssues.get(staff.sheet)!);
    mixedUnits.push(...found);
    addUnits(found);
  }
  const unitIndex = units.length ? new UnitIndex(units.map((u) => u.name)) : undefined;

  const persons: Person[] = [];
  const seen = new Map<string, string>();
  const sectionsSeen = new Set<string>();
  const scopeUnknown = new Map<string, Map<Person, string>>();
  for (const staff of staffRecs) {
    const staffGrid = gridOf(staff.sheet);
    const sheetIssues = staffIssues.get(staff.sheet)!;
    const view = new GridView(staffGrid);
    const tally = new Tally();
    const col = (f: string) => staff.columns.find((c) => c.field === f)?.col;
    const ctx: StaffContext = {
      view,
      rec: staff,
      year,
      nameCol: col('name')!,
      indexCol: col('index'),
      ratingCol: col('rating'),
      kindCol: col('kind'),
      steps: staffSteps(staff),
      past: pastOf(staff),
      unitIndex,
      unitNames: units.map((u) => u.name),
      issues: sheetIssues,
      tally,
      cx: new RowCx(year, sheetIssues, tally),
      formulaCells: new Set(staffGrid.formulaCells ?? []),
      nameHeader: staff.columns.find((c) => c.field === 'name')!.header.split(' / ').pop()!,
      scopeUnknown: new Map(),
    };
    scopeUnknown.set(staff.sheet, ctx.scopeUnknown);
    const noUnitColumn = col('unit') === undefined && col('positionUnit') === undefined;
    const part = noUnitColumn && isPart(staff.sheet) ? sheetUnitOf(staffGrid, staff.headerTop, staff.sheet, unitIndex, ctx.unitNames) : undefined;
    if (part) ctx.sheetUnit = part.unit.slice(0, MAX_TEXT);
    const before = persons.length;
    persons.push(...parseStaff(ctx, seen));
    const read = persons.slice(before);
    if (noUnitColumn && read.some((p) => p.unit)) sectionsSeen.add(staff.sheet);
    if (part) {
      const given = read.filter((p) => p.unit === ctx.sheetUnit).length;
      if (given) {
        const args = { unit: ctx.sheetUnit!, count: given, ...(part.title ? { title: part.title.text } : {}) };
        const code = part.matched === false ? 'sheet-unit-unknown' : part.from === 'title' ? 'sheet-unit-title' : 'sheet-unit-name';
        sheetIssues.list.push({ severity: part.matched === false ? 'warning' : 'info', code, sheet: staff.sheet, ...(part.title ? { cell: part.title.cell } : {}), value: ctx.sheetUnit!, args });
      }
    }
    issues.push(...sheetIssues.list);
  }
  issues.push(...partsIssues(staffRecs, persons, groupOf));

  if (!units.length) {
    // No unit list: the units are those the staff list names, in order of appearance.
    const names = [...new Set(persons.filter((p) => p.unit).map((p) => p.unit!))];
    units = names.map((name) => ({ id: `unit:${name}`, name, history: {} }));
  }
  const historyRecs = recognitions.filter((r) => r.role === 'history' && !staffSheets.has(r.sheet));
  for (const historyRec of historyRecs) issues.push(...mergeHistory(new GridView(gridOf(historyRec.sheet)), historyRec, persons, unitIndex));

  // Initiatives listed in a sheet of their own, joined to people by name.
  const initiativeRecs = recognitions.filter((r) => r.role === 'initiatives');
  const stillUnknown = new Set<Person>();
  for (const ir of initiativeRecs) {
    const view = new GridView(gridOf(ir.sheet));
    const rows = readInitiativeRows(view, ir, year, issues);
    const tallies = joinInitiatives(ir, rows, persons, unitIndex, issues);
    for (const [p, years] of tallies) {
      for (const [y, t] of years) {
        if (y === year) {
          p.initiatives = Math.max(p.initiatives, t.initiatives);
          p.researchProjects = Math.max(p.researchProjects, t.research);
          if (t.provincial) p.provincialInitiative = true;
          if (t.unknownScope && !p.provincialInitiative) stillUnknown.add(p);
        } else if (y < year) {
          const rec = (p.history[y] ??= { titles: [] });
          rec.initiatives = Math.max(rec.initiatives ?? 0, t.initiatives);
          rec.researchProjects = Math.max(rec.researchProjects ?? 0, t.research);
          if (t.provincial) rec.provincialInitiative = true;
        }
      }
    }
  }
  if (stillUnknown.size) issues.push({ severity: 'warning', code: 'initiative-scope-unknown-list', sheet: initiativeRecs[0].sheet, args: { count: stillUnknown.size } });
  // Initiatives of unknown scope in the staff list, unless another source showed a provincial one.
  for (const [sheet, unknown] of scopeUnknown) {
    const left = [...unknown].filter(([p]) => !p.provincialInitiative);
    if (left.length) issues.push({ severity: 'warning', code: 'initiative-scope-unknown', sheet, cell: left[0][1], args: { count: left.length } });
  }

  const listed = new Map<string, number>();
  for (const p of persons) if (!p.excluded && p.unit) listed.set(p.unit, (listed.get(p.unit) ?? 0) + 1);
  for (const u of units) {
    if (u.declaredMembers === undefined || !u.source) continue;
    const n = listed.get(u.name) ?? 0;
    if (n !== u.declaredMembers) issues.push({ severity: 'info', code: 'headcount-differs', sheet: u.source.sheet, value: u.name, args: { declared: u.declaredMembers, listed: n } });
  }
  if (!persons.some((p) => !p.excluded)) issues.push({ severity: 'warning', code: 'no-people', sheet: staffRecs[0].sheet });

  issues.push(
    ...coverageIssues({
      recognitions,
      staffRecs,
      sectionsSeen,
      hasUnitSheet: recognitions.some((r) => r.role === 'units' && !staffSheets.has(r.sheet)) || mixedUnits.length > 0,
      hasHistorySheet: historyRecs.length > 0,
      hasInitiativesSheet: initiativeRecs.length > 0,
      personsHaveUnits: persons.some((p) => p.unit),
    }),
  );
  issues.push(...unreadIssues(unread, issues));
  return { recognitions, persons, units, issues: orderIssues(issues.map((i) => (i.cell === undefined && 'cell' in i ? dropUndefined(i) : i))), fatal: false };
}

/**
 * A list kept over several sheets of one file: one information issue naming the sheets merged
 * and the people each gave; the same name and birth year on two of them in different units is
 * a warning (counted as two people, as on one sheet; the same unit is `duplicate-person`).
 */
function partsIssues(staffRecs: SheetRecognition[], persons: Person[], groupOf: (sheet: string) => string): DataIssue[] {
  const out: DataIssue[] = [];
  const groups = new Map<string, SheetRecognition[]>();
  for (const r of staffRecs) groups.set(groupOf(r.sheet), [...(groups.get(groupOf(r.sheet)) ?? []), r]);
  for (const [source, recs] of groups) {
    if (recs.length < 2) continue;
    const sheets = new Set(recs.map((r) => r.sheet));
    const counts = recs.map((r) => ({ sheet: r.sheet, n: persons.filter((p) => p.source?.sheet === r.sheet && !p.excluded).length }));
    const local = (sheet: string) => (source ? sheet.slice(source.length + SOURCE_SEPARATOR.length) : sheet);
    out.push({
      severity: 'info',
      code: 'staff-sheets-merged',
      ...(source ? { value: source } : {}),
      args: {
        count: recs.length,
        people: counts.reduce((a, c) => a + c.n, 0),
        sheets: counts.map((c) => `'${local(c.sheet)}' (${c.n} người)`).join(', '),
        sheetsEn: counts.map((c) => `'${local(c.sheet)}' (${c.n})`).join(', '),
      },
    });
    const firstOf = new Map<string, Person>();
    for (const p of persons) {
      if (p.excluded || !p.source || !sheets.has(p.source.sheet) || p.birthYear === undefined) continue;
      const key = `${fold(p.name)}|${p.birthYear}`;
      const first = firstOf.get(key);
      if (!first) firstOf.set(key, p);
      else if (first.source!.sheet !== p.source.sheet && fold(first.unit ?? '') !== fold(p.unit ?? '')) {
        out.push({
          severity: 'warning',
          code: 'same-name-two-sheets',
          sheet: p.source.sheet,
          value: p.name,
          args: { birth: p.birthYear, first: `'${local(first.source!.sheet)}' dòng ${first.source!.row}`, firstEn: `'${local(first.source!.sheet)}' row ${first.source!.row}`, row: p.source.row, unit: p.unit ?? '', firstUnit: first.unit ?? '' },
        });
      }
    }
  }
  return out;
}

function dropUndefined(i: DataIssue): DataIssue {
  const { cell: _cell, ...rest } = i;
  return rest;
}

