/**
 * The staff list: one person per row, the unit from its column, the combined "Chức vụ, đơn
 * vị", a section row above or the sheet; the collectives of a mixed list; what only the whole
 * row can settle (leave added up, the scope of initiatives, how the person came).
 */
import type { ExemptLeave, Person, Unit } from '../../domain/types';
import type { SheetRecognition } from '../fields';
import { cellAddress, isCellError, type CellValue } from '../grid';
import { disciplineForYear, fieldDef, MAX_TEXT, STAFF_TABLE, type FieldDef, type StaffDraft } from './field-table';
import { cleanText, fold } from './fold';
import { splitPositionUnit } from './position-unit';
import { cleanLabel, isNumberingRow, type GridView } from './recognise';
import type { UnitIndex } from './units';
import { columnsRead, Issues, mappedStep, readPastValues, RowCx, RowLog, Tally, walk, type Past, type Step } from './parse-common';
import { rowFacts, rowKind } from './rows';
import { asText, isBlank, parseArrival, parseSubjectKind } from './values';
import type { ValueReader } from './value-map';
import type { SheetRows } from '../reading';

const ROMAN = /^[IVXLC]+$/;
const ROMAN_PREFIX = /^([IVXLC]+|[A-Z])[.)/]\s*(.+)$/;

// ---------------------------------------------------------------------------------------
// The staff list.

export interface StaffContext {
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
  /** The clerk's value map, the legends, the values not understood. */
  values: ValueReader;
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
export function staffSteps(rec: SheetRecognition, values: ValueReader): Step<StaffDraft>[] {
  return plainStaffSteps(rec).map((step) =>
    step.def.id === 'rating'
      ? mappedStep(step, 'rating', 'unknown-rating', values, rec.sheet, (d) => {
          d.person.excluded = true;
        })
      : step.def.id === 'discipline'
        ? mappedStep(step, 'discipline', 'unknown-discipline', values, rec.sheet, () => undefined)
        : step,
  );
}

function plainStaffSteps(rec: SheetRecognition): Step<StaffDraft>[] {
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
    if (
      ['maternityLeave', 'trainingLeave', 'injuryLeave', 'dutyInjuryLeave'].includes(def.id) &&
      parent &&
      leaveDef.aliases.some((a) => parent === a.replace(/\$$/, '') || parent.startsWith(`${a.replace(/\$$/, '')} `))
    ) {
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
  readPastValues(view, row, ctx.past, person.history, ctx.cx, ctx.values, rec.sheet);

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
    if (d.leaveParts.length && Math.abs(sum - d.leaveTotal) > 1e-9)
      issues.add('warning', 'leave-parts-differ', row, d.leaveTotalCol ?? ctx.nameCol, String(d.leaveTotal), { total: d.leaveTotal, sum });
  } else if (d.leaveParts.length) person.leaveDays = d.leaveParts.reduce((a, b) => a + b, 0);
  for (const e of person.exemptLeave)
    if (e.days === undefined) tally.note('info', 'exempt-leave-mark', row, ctx.rec.columns.find((c) => c.field === leaveField(e.kind))?.col ?? ctx.nameCol, 'x', { kind: e.kind });

  // Initiatives this year: how many, and whether one was recognised at provincial scope.
  if (d.provincialCount) person.initiatives = Math.max(person.initiatives, d.provincialCount);
  if (d.initiativeCells.length) {
    person.initiatives = Math.max(
      person.initiatives,
      d.initiativeCells.reduce((a, c) => a + c.count, 0),
    );
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

const leaveField = (kind: ExemptLeave['kind']) => (kind === 'maternity' ? 'maternityLeave' : kind === 'training' ? 'trainingLeave' : kind === 'duty-injury' ? 'dutyInjuryLeave' : 'injuryLeave');

/** Collective rows of a mixed list ("Phân loại khen thưởng: Tập thể"): the units, read before the people. */
export function collectiveRows(view: GridView, rec: SheetRecognition, year: number, values: ValueReader): Unit[] {
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
      const r = values.rating(rec.sheet, view.raw(row, ratingCol));
      if (r) unit.rating = r;
      else values.note('rating', 'unknown-unit-rating', rec.sheet, row, ratingCol, view.raw(row, ratingCol));
    }
    if (noteCol !== undefined && !isBlank(view.raw(row, noteCol))) unit.note = cleanText(asText(view.raw(row, noteCol))).slice(0, MAX_TEXT);
    units.push(unit);
  }
  return units;
}

/** The legend under the table ("A1: Hoàn thành xuất sắc nhiệm vụ"), read before the people so their codes read. */
export function readLegend(view: GridView, rec: SheetRecognition, values: ValueReader): void {
  const ratingCol = rec.columns.find((c) => c.field === 'rating')?.col;
  const cols = { ratingCol, nameCol: rec.columns.find((c) => c.field === 'name')?.col, readsAsRating: (v: unknown) => values.rating(rec.sheet, v as CellValue) !== undefined };
  for (let row = rec.dataStart; row < view.rows; row++) {
    const f = rowFacts(view, row, cols);
    if (f.kind === 'legend' && f.legend) values.addLegend(rec.sheet, f.legend);
  }
}

/**
 * `seen` spans every staff sheet read, so a person listed by two units' files is reported with
 * both places. Every row of the table is a person or is listed in the row log with why; a row
 * whose rating reads is always a person's (after a signature block too).
 */
export function parseStaff(ctx: StaffContext, seen: Map<string, string>): { persons: Person[]; rows: SheetRows } {
  const { view, rec, issues, values } = ctx;
  const persons: Person[] = [];
  const log = new RowLog();
  let section: { name: string; cell: string } | undefined;
  const headerName = cleanLabel(ctx.nameHeader);
  const cols = { ratingCol: ctx.ratingCol, nameCol: ctx.nameCol, readsAsRating: (v: unknown) => values.rating(rec.sheet, v as CellValue) !== undefined };
  let afterTable = false;
  let signed = false;
  let last = rec.dataStart;
  for (let row = rec.dataStart; row < view.rows; row++) {
    const facts = rowFacts(view, row, cols, afterTable);
    if (facts.kind === 'blank') continue;
    last = row;
    if (facts.kind === 'signature' || (signed && facts.kind !== 'data')) {
      signed = true;
      log.add(row, 'signature', facts.text);
      continue;
    }
    if (facts.kind !== 'data') {
      log.add(row, facts.kind, facts.text);
      if (facts.kind !== 'totals' || persons.length) afterTable = true;
      continue;
    }
    const nameCell = view.raw(row, ctx.nameCol);
    const ratingCell = ctx.ratingCol !== undefined ? view.raw(row, ctx.ratingCol) : null;
    // Below the signatures only a row whose rating reads is someone (a signer's name alone is not).
    if (signed && !cols.readsAsRating(ratingCell)) {
      log.add(row, 'signature', asText(nameCell));
      continue;
    }
    // Rows that repeat the header or its column numbers (a list pasted page by page).
    if (isNumberingRow(view, row)) {
      log.add(row, 'numbering');
      continue;
    }
    if (cleanLabel(asText(nameCell)) === headerName) {
      log.add(row, 'header-repeat', asText(nameCell));
      continue;
    }
    if (ctx.kindCol !== undefined && parseSubjectKind(view.raw(row, ctx.kindCol)) === 'collective') {
      log.add(row, 'collective', asText(nameCell));
      continue;
    }
    const sec = sectionUnit(ctx, row);
    if (sec) {
      section = { name: cleanText(sec), cell: cellAddress(row, ctx.nameCol) };
      log.add(row, 'section', sec);
      continue;
    }
    const p = personFromRow(ctx, row, section);
    if (!p) {
      if (isBlank(nameCell)) log.add(row, !isBlank(ratingCell) ? 'rating-no-name' : 'no-name', !isBlank(ratingCell) ? asText(ratingCell) : undefined);
      else if (ctx.kindCol !== undefined && parseSubjectKind(view.raw(row, ctx.kindCol)) === 'household') log.add(row, 'household', asText(nameCell));
      else log.add(row, 'not-a-name', asText(nameCell));
      continue;
    }
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
  issues.list.push(...log.issues(rec.sheet, ctx.nameCol));
  // The name column is read apart from the walk: a person per name read, a "not a name" row per one not read.
  const notNames = log.notes.filter((n) => n.why === 'not-a-name');
  const stats = new Map(ctx.cx.stats);
  stats.set(ctx.nameCol, { filled: persons.length + notNames.length, unread: notNames.length, examples: notNames.slice(0, 3).map((n) => n.text ?? '') });
  const columns = columnsRead(rec, stats);
  return { persons, rows: { sheet: rec.sheet, role: 'staff', first: rec.dataStart + 1, last: last + 1, records: persons.length, notes: log.notes, legend: values.legendOf(rec.sheet), columns } };
}
