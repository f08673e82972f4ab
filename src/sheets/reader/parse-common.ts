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
import type { MappableField, ValueReader } from './value-map';
import type { ColumnRead, RowNote, RowWhy } from '../reading';

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
  /** Per column: how many cells held something, how many of those were not read, with examples. */
  readonly stats = new Map<number, ColumnStat>();
  /** Issues said through this context (a past-year cell that gives one was not read). */
  said = 0;
  issue(severity: Severity, code: string, value?: CellValue | string, args?: DataIssue['args']): void {
    this.said++;
    this.issues.add(severity, code, this.row, this.col, value, args);
  }
  filled(col: number): void {
    const s = this.stats.get(col) ?? { filled: 0, unread: 0, examples: [] };
    s.filled++;
    this.stats.set(col, s);
  }
  missed(col: number, v: CellValue): void {
    const s = this.stats.get(col) ?? { filled: 0, unread: 0, examples: [] };
    s.unread++;
    const text = asText(v).trim().slice(0, 40);
    if (s.examples.length < 3 && !s.examples.includes(text)) s.examples.push(text);
    this.stats.set(col, s);
  }
}

export interface ColumnStat {
  filled: number;
  unread: number;
  /** Up to three different values not read. */
  examples: string[];
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
    cx.filled(col);
    const bad = def.unreadable;
    if (isCellError(v)) {
      cx.missed(col, v);
      cx.issue('warning', 'error-value', v);
      if (bad?.becomes === 'excluded') exclude(rec);
      continue;
    }
    if (def.read(v, rec, cx) === false) {
      cx.missed(col, v);
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
    cx.filled(p.col);
    if (isCellError(v)) {
      cx.missed(p.col, v);
      cx.issue('warning', 'error-value', v);
      continue;
    }
    const before = cx.said;
    readPast(p.kind, p.a, p.b, v, history, cx);
    if (cx.said > before) cx.missed(p.col, v);
  }
}

// ---------------------------------------------------------------------------------------
// Values read through the clerk's map and the sheet's legend.

/**
 * A mappable field's step: the cell is read through the clerk's map and the legend first;
 * what still does not read is counted once per value (ValueReader) instead of once per cell,
 * and becomes what the field says (`onUnknown`).
 */
export function mappedStep<T>(step: Step<T>, field: MappableField, code: string, values: ValueReader, sheet: string, onUnknown: (rec: T) => void): Step<T> {
  const def = step.def;
  if (!def.read) return step;
  const read = def.read;
  return {
    col: step.col,
    def: {
      ...def,
      read: (v, rec, cx) => {
        const ok = read(values.translated(field, sheet, v) ?? v, rec, cx);
        if (ok !== false) return ok;
        values.note(field, code, sheet, cx.row, cx.col, v);
        if (cx instanceof RowCx) cx.missed(cx.col, v);
        onUnknown(rec);
        return true;
      },
    },
  };
}

/** Past-year columns, a past rating read through the map and the legend like this year's. */
export function readPastValues(view: GridView, row: number, past: Past[], history: Person['history'], cx: RowCx, values: ValueReader, sheet: string): void {
  const rest: Past[] = [];
  for (const p of past) {
    if (p.kind !== 'pastRating') {
      rest.push(p);
      continue;
    }
    const v = view.raw(row, p.col);
    if (isBlank(v) || isCellError(v)) {
      if (isCellError(v)) rest.push(p);
      continue;
    }
    cx.filled(p.col);
    const r = values.rating(sheet, v);
    if (r) (history[Number(p.a)] ??= { titles: [] }).rating = r;
    else {
      values.note('rating', 'unknown-rating-past', sheet, row, p.col, v);
      cx.missed(p.col, v);
    }
  }
  readPastRow(view, row, rest, history, cx);
}

// ---------------------------------------------------------------------------------------
// Rows that are no record, each listed with why.

const WARN_WHY = new Set<RowWhy>(['rating-no-name']);

/** "41, 43–45": row numbers, runs shortened. */
export function rowRanges(rows: number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return parts.join(', ');
}

/** Every row of a table that is no record, with why; one issue per reason and sheet lists them. */
export class RowLog {
  readonly notes: RowNote[] = [];
  add(row: number, why: RowWhy, text?: string): void {
    this.notes.push({ row: row + 1, why, ...(text ? { text: text.replace(/\s+/g, ' ').trim().slice(0, 80) } : {}) });
  }
  issues(sheet: string, col?: number): DataIssue[] {
    const out: DataIssue[] = [];
    const byWhy = new Map<RowWhy, RowNote[]>();
    for (const n of this.notes) byWhy.set(n.why, [...(byWhy.get(n.why) ?? []), n]);
    for (const [why, notes] of byWhy) {
      // Rows already named one by one elsewhere (a column number read as a name, a household) are not listed twice.
      if (why === 'not-a-name' || why === 'household') continue;
      const texts = [...new Set(notes.map((n) => n.text).filter((t): t is string => !!t))];
      out.push({
        severity: WARN_WHY.has(why) ? 'warning' : 'info',
        code: `rows-${why}`,
        sheet,
        ...(WARN_WHY.has(why) && col !== undefined ? { cell: cellAddress(notes[0].row - 1, col) } : {}),
        value: rowRanges(notes.map((n) => n.row)),
        args: {
          rows: rowRanges(notes.map((n) => n.row)),
          count: notes.length,
          texts: texts
            .slice(0, 3)
            .map((t) => `"${t}"`)
            .join(', '),
        },
      });
    }
    return out;
  }
}

/** The sheet's used columns with what was read in each. */
export function columnsRead(rec: SheetRecognition, stats: Map<number, ColumnStat>): ColumnRead[] {
  return rec.columns.map((c) => {
    const st = stats.get(c.col);
    return { field: c.field, col: c.col, header: c.header, filled: st?.filled ?? 0, unread: st?.unread ?? 0, examples: st?.examples ?? [], ...(c.fromSettings ? { fromSettings: true } : {}) };
  });
}
