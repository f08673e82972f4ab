/** The unit list: one unit per row, its rating and registration, its past titles. */
import type { DataIssue, Unit } from '../../domain/types';
import type { SheetRecognition } from '../fields';
import { isCellError, type CellValue } from '../grid';
import { MAX_TEXT, UNIT_TABLE, type UnitDraft } from './field-table';
import { cleanText, fold } from './fold';
import { cleanLabel, isNumberingRow, type GridView } from './recognise';
import { columnsRead, Issues, mappedStep, pastOf, readPastValues, RowCx, RowLog, stepsOf, Tally, walk } from './parse-common';
import { rowFacts } from './rows';
import { asText, isBlank } from './values';
import type { ValueReader } from './value-map';
import type { SheetRows } from '../reading';

export function parseUnits(view: GridView, rec: SheetRecognition, year: number, values: ValueReader): { units: Unit[]; issues: DataIssue[]; rows?: SheetRows } {
  const issues = new Issues(rec.sheet);
  const nameCol = rec.columns.find((c) => c.field === 'unitName')?.col;
  if (nameCol === undefined) {
    issues.sheetLevel('warning', 'no-unit-name-column', { role: 'units' });
    return { units: [], issues: issues.list };
  }
  const ratingCol = rec.columns.find((c) => c.field === 'unitRating')?.col;
  const known = { ratingCol, nameCol, readsAsRating: (v: unknown) => values.rating(rec.sheet, v as CellValue) !== undefined };
  for (let row = rec.dataStart; row < view.rows; row++) {
    const f = rowFacts(view, row, known);
    if (f.kind === 'legend' && f.legend) values.addLegend(rec.sheet, f.legend);
  }
  const steps = stepsOf(rec, UNIT_TABLE).map((s) => (s.def.id === 'unitRating' ? mappedStep(s, 'rating', 'unknown-unit-rating', values, rec.sheet, () => undefined) : s));
  const past = pastOf(rec);
  const tally = new Tally();
  const cx = new RowCx(year, issues, tally);
  const units: Unit[] = [];
  const seen = new Map<string, number>();
  const log = new RowLog();
  const cols = { ratingCol, nameCol, readsAsRating: (v: unknown) => values.rating(rec.sheet, v as CellValue) !== undefined };
  const header = cleanLabel(
    rec.columns
      .find((c) => c.field === 'unitName')!
      .header.split(' / ')
      .pop()!,
  );
  let signed = false;
  let afterTable = false;
  let last = rec.dataStart;
  for (let row = rec.dataStart; row < view.rows; row++) {
    const facts = rowFacts(view, row, cols, afterTable);
    if (facts.kind === 'blank') continue;
    last = row;
    if (facts.kind === 'signature' || signed) {
      signed = true;
      log.add(row, 'signature', facts.text);
      continue;
    }
    if (facts.kind !== 'data') {
      log.add(row, facts.kind, facts.text);
      afterTable = true;
      continue;
    }
    if (isNumberingRow(view, row)) {
      log.add(row, 'numbering');
      continue;
    }
    const nameCell = view.raw(row, nameCol);
    if (isBlank(nameCell) || isCellError(nameCell) || typeof nameCell !== 'string') {
      log.add(row, 'no-name', isBlank(nameCell) ? undefined : asText(nameCell));
      continue;
    }
    const name = cleanText(nameCell).slice(0, MAX_TEXT);
    const key = fold(name);
    if (key === header) {
      log.add(row, 'header-repeat', name);
      continue;
    }
    if (seen.has(key)) {
      issues.add('warning', 'duplicate-unit', row, nameCol, name, { first: seen.get(key)! + 1 });
      continue;
    }
    seen.set(key, row);
    const draft: UnitDraft = { unit: { id: `${rec.sheet}!${row + 1}`, source: { sheet: rec.sheet, row: row + 1 }, name, history: {} } };
    walk(view, row, steps, draft, cx, () => undefined);
    readPastValues(view, row, past, draft.unit.history, cx, values, rec.sheet);
    units.push(draft.unit);
  }
  tally.flush(issues);
  issues.list.push(...log.issues(rec.sheet, nameCol));
  const stats = new Map(cx.stats);
  stats.set(nameCol, { filled: units.length, unread: 0, examples: [] });
  const columns = columnsRead(rec, stats);
  return {
    units,
    issues: issues.list,
    rows: { sheet: rec.sheet, role: 'units', first: rec.dataStart + 1, last: last + 1, records: units.length, notes: log.notes, legend: values.legendOf(rec.sheet), columns },
  };
}
