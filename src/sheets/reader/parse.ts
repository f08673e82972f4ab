/**
 * Rows → Person, Unit and history records, by walking the declared field table over each
 * row, with an issue (sheet, cell, value) for every value that cannot be understood. Never
 * throws on any grid. What only the whole row can settle (the unit against the unit list, the
 * "Chức vụ, đơn vị" split, leave added up, the scope of initiatives) is done once the row is read.
 */
import type { DataIssue, Person, Unit } from '../../domain/types';
import { SOURCE_SEPARATOR, type ParsedWorkbook, type SheetRecognition } from '../fields';
import { columnLetter, type SheetGrid } from '../grid';
import type { SheetMappingSetting, ValueMapSetting } from '../../domain/settings';
import type { Reading, SheetRows } from '../reading';
import { unknownValueIssues, ValueReader } from './value-map';
import { coverageIssues, orderIssues, unreadIssues, unusedLike } from './coverage';
import { MAX_TEXT } from './field-table';
import { fold } from './fold';
import { joinInitiatives, readInitiativeRows } from './initiatives';
import { GridView, recognise, type Recognised } from './recognise';
import { sheetUnitOf } from './staff-parts';
import { UnitIndex } from './units';
import { Issues, pastOf, RowCx, Tally } from './parse-common';
import { parseUnits } from './parse-units';
import { collectiveRows, parseStaff, readLegend, staffSteps, type StaffContext } from './parse-staff';
import { mergeHistory } from './parse-history';
import { rowFacts } from './rows';

// ---------------------------------------------------------------------------------------

/** The codes a legend under a table explains, for choosing the rating column by its values. */
function* legendCodes(view: GridView, from: number): Iterable<string> {
  for (let row = from; row < Math.min(view.rows, from + 400); row++) {
    const f = rowFacts(view, row);
    if (f.kind === 'legend') for (const e of f.legend ?? []) yield e.code;
  }
}

export interface ReadOptions {
  year: number;
  mapping?: Record<string, SheetMappingSetting>;
  /** What the clerk said unknown values mean. */
  valueMap?: ValueMapSetting;
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
    const r = recognise(group, { ...options, legendCodes });
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
    issues: orderIssues([
      { severity: 'error', code, ...(sheet ? { sheet } : {}), ...(args ? { args } : {}) },
      ...issues.filter((i) => i.code !== 'guide-sheet-skipped'),
      ...unreadIssues(unread, issues),
    ]),
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
  const values = new ValueReader(options.valueMap);
  const rows: SheetRows[] = [];
  const addUnits = (more: Unit[]) => {
    const known = new Set(units.map((u) => fold(u.name)));
    for (const u of more) if (!known.has(fold(u.name))) units.push(u);
  };
  for (const unitRec of recognitions.filter((r) => r.role === 'units' && !staffSheets.has(r.sheet))) {
    const parsed = parseUnits(new GridView(gridOf(unitRec.sheet)), unitRec, year, values);
    if (parsed.rows) rows.push(parsed.rows);
    addUnits(parsed.units);
    issues.push(...parsed.issues);
  }
  const staffIssues = new Map<string, Issues>(staffRecs.map((r) => [r.sheet, new Issues(r.sheet)]));
  const mixedUnits: Unit[] = [];
  for (const staff of staffRecs) {
    const view = new GridView(gridOf(staff.sheet));
    readLegend(view, staff, values);
    const found = collectiveRows(view, staff, year, values);
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
      steps: staffSteps(staff, values),
      past: pastOf(staff),
      unitIndex,
      unitNames: units.map((u) => u.name),
      issues: sheetIssues,
      tally,
      cx: new RowCx(year, sheetIssues, tally),
      formulaCells: new Set(staffGrid.formulaCells ?? []),
      nameHeader: staff.columns
        .find((c) => c.field === 'name')!
        .header.split(' / ')
        .pop()!,
      scopeUnknown: new Map(),
      values,
    };
    scopeUnknown.set(staff.sheet, ctx.scopeUnknown);
    const noUnitColumn = col('unit') === undefined && col('positionUnit') === undefined;
    const part = noUnitColumn && isPart(staff.sheet) ? sheetUnitOf(staffGrid, staff.headerTop, staff.sheet, unitIndex, ctx.unitNames) : undefined;
    if (part) ctx.sheetUnit = part.unit.slice(0, MAX_TEXT);
    const before = persons.length;
    const sheetRead = parseStaff(ctx, seen);
    persons.push(...sheetRead.persons);
    rows.push(sheetRead.rows);
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
  for (const historyRec of historyRecs) issues.push(...mergeHistory(new GridView(gridOf(historyRec.sheet)), historyRec, persons, unitIndex, values));

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
    if (!left.length) continue;
    // Never "add a column 'Cấp công nhận'" while one stands unused: name it instead.
    const rec = staffRecs.find((r) => r.sheet === sheet);
    const like = rec && (unusedLike(rec, 'initiativeScope') ?? unusedLike(rec, 'provincialInitiative'));
    if (like) issues.push({ severity: 'warning', code: 'initiative-scope-unused-column', sheet, cell: left[0][1], args: { count: left.length, column: `${columnLetter(like.col)} – ${like.header}` } });
    else issues.push({ severity: 'warning', code: 'initiative-scope-unknown', sheet, cell: left[0][1], args: { count: left.length } });
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
  issues.push(...unknownValueIssues(values.unknownValues()));
  const reading: Reading = { rows, unknownValues: values.unknownValues() };
  return { recognitions, persons, units, reading, issues: orderIssues(issues.map((i) => (i.cell === undefined && 'cell' in i ? dropUndefined(i) : i))), fatal: false };
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
          args: {
            birth: p.birthYear,
            first: `'${local(first.source!.sheet)}' dòng ${first.source!.row}`,
            firstEn: `'${local(first.source!.sheet)}' row ${first.source!.row}`,
            row: p.source.row,
            unit: p.unit ?? '',
            firstUnit: first.unit ?? '',
          },
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
