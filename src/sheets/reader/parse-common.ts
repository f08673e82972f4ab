/**
 * What every sheet's reading shares: the issues of one sheet, tallies of many rows with the
 * same note, and the walk of a declared field table over a row (an unreadable cell gives its
 * issue and becomes what the field says).
 */
import type { DataIssue, Person, Severity } from '../../domain/types';
import type { SheetRecognition } from '../fields';
import { cellAddress, isCellError, type CellValue } from '../grid';
import { MAX_TEXT, readPast, type Cx, type FieldDef, type PastKind } from './field-table';
import type { GridView } from './recognise';
import { asText, isBlank } from './values';

export class Issues {
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
export class Tally {
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

export interface Step<T> {
  def: FieldDef<T>;
  col: number;
}

export interface Past {
  col: number;
  kind: PastKind;
  a: string;
  b?: string;
}

export function pastOf(rec: SheetRecognition): Past[] {
  return rec.columns
    .filter((c) => c.field.includes(':'))
    .map((c) => {
      const [kind, a, b] = c.field.split(':');
      return { col: c.col, kind: kind as PastKind, a, b };
    });
}

export class RowCx implements Cx {
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
export function walk<T>(view: GridView, row: number, steps: Step<T>[], rec: T, cx: RowCx, exclude: (rec: T) => void): void {
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

export function stepsOf<T>(rec: SheetRecognition, table: FieldDef<T>[]): Step<T>[] {
  const steps: Step<T>[] = [];
  for (const c of rec.columns) {
    const def = table.find((d) => d.id === c.field);
    if (def?.read) steps.push({ def, col: c.col });
  }
  return steps;
}

export function readPastRow(view: GridView, row: number, past: Past[], history: Person['history'], cx: RowCx): void {
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

