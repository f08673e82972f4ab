/** The unit list: one unit per row, its rating and registration, its past titles. */
import type { DataIssue, Unit } from '../../domain/types';
import type { SheetRecognition } from '../fields';
import { isCellError } from '../grid';
import { MAX_TEXT, UNIT_TABLE, type UnitDraft } from './field-table';
import { cleanText, fold } from './fold';
import { cleanLabel, isNumberingRow, type GridView } from './recognise';
import { Issues, pastOf, readPastRow, RowCx, stepsOf, Tally, walk } from './parse-common';
import { rowKind } from './rows';
import { isBlank } from './values';

export function parseUnits(view: GridView, rec: SheetRecognition, year: number): { units: Unit[]; issues: DataIssue[] } {
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

