/**
 * "Đã đọc như sau": one table of how the workbook was read, for the clerk and the council.
 * For every field: the sheet and column used (its header as written), how many values were
 * read and how many were not, with up to three examples; the key fields found nowhere; the
 * columns not used; every row that is no person with why; the values nobody gave a meaning.
 * The same data for the pane's step 1, the result sheet and the JSON.
 */
import type { DataIssue } from '../domain/types';
import { hasMessage, t, type Lang } from '../i18n/catalogue';
import type { ParsedWorkbook } from './fields';
import { cellAddress, columnLetter, type CellSpec, type SheetSpec, type StyleId } from './grid';
import type { RowWhy, UnknownValue } from './reading';

export interface ReadLine {
  sheet: string;
  field: string;
  /** The field in the clerk's words ("Xếp loại"). */
  label: string;
  /** Column letter, or '' when the field was found in no column. */
  column: string;
  /** The header as written in the workbook, or how the field was read without a column. */
  header: string;
  read: number;
  notRead: number;
  examples: string[];
}

export interface ReadReport {
  lines: ReadLine[];
  unused: { sheet: string; column: string; header: string }[];
  rows: { sheet: string; row: number; why: RowWhy; reason: string; text?: string }[];
  unknownValues: UnknownValue[];
  /** How many people (and units) were read. */
  people: number;
  /**
   * "0 lỗi" may be said: no error and no warning stands, so every row is a person or a listed
   * row, every key field was found and every value read.
   */
  clean: boolean;
}

/** A field of the reader in the clerk's words ("Xếp loại", "CSTĐCS năm 2013"), as the pane names it. */
export function fieldLabel(field: string, lang: Lang): string {
  const [kind, a, b] = field.split(':');
  if (kind === 'pastTitle') return t('field.pastTitle', { title: t(`short.${a}`, {}, lang), year: b }, lang);
  // Every other past-year field is "<kind>:<year>" (pastRating, pastText, pastInitiative…).
  if (a !== undefined && hasMessage(`field.${kind}`)) {
    // The catalogue has said these with and without "{year}": the year is there either way.
    const text = t(`field.${kind}`, { year: a }, lang);
    return text.includes(a) ? text : `${text} ${a}`;
  }
  if (hasMessage(`field.${field}`)) return t(`field.${field}`, {}, lang);
  // A field with no name in the catalogue: said as such, never a raw key.
  return t('pane.data.unnamedField', { year: a ?? '' }, lang);
}

/** How the workbook was read, from what the reader kept and the issues of the review. */
export function readReport(parsed: ParsedWorkbook, issues: DataIssue[], lang: Lang): ReadReport {
  const lines: ReadLine[] = [];
  const reading = parsed.reading;
  for (const sheet of reading?.rows ?? []) {
    // The row numbers ("STT") are no field of anyone's.
    for (const c of sheet.columns.filter((x) => x.field !== 'index')) {
      lines.push({
        sheet: sheet.sheet,
        field: c.field,
        label: fieldLabel(c.field, lang),
        column: columnLetter(c.col),
        header: c.header,
        read: c.filled - c.unread,
        notRead: c.unread,
        examples: c.examples,
      });
    }
    const sections = sheet.notes.filter((n) => n.why === 'section').length;
    if (sheet.role === 'staff' && sections && !sheet.columns.some((c) => c.field === 'unit' || c.field === 'positionUnit')) {
      lines.push({
        sheet: sheet.sheet,
        field: 'unit',
        label: fieldLabel('unit', lang),
        column: '',
        header: t('reading.fromSections', { count: sections }, lang),
        read: parsed.persons.filter((p) => p.source?.sheet === sheet.sheet && p.unit).length,
        notRead: 0,
        examples: [],
      });
    }
  }
  // Key fields found in no column: said where the reader looked (the coverage warnings).
  for (const i of issues) {
    const m = /^missing-([A-Za-z]+)$/.exec(i.code);
    if (!m || !i.sheet || lines.some((l) => l.sheet === i.sheet && l.field === m[1])) continue;
    lines.push({ sheet: i.sheet, field: m[1], label: fieldLabel(m[1], lang), column: '', header: t('reading.noColumn', {}, lang), read: 0, notRead: 0, examples: [] });
  }
  const unused = parsed.recognitions.flatMap((r) => (r.unused ?? []).map((u) => ({ sheet: r.sheet, column: columnLetter(u.col), header: u.header })));
  const rows = (reading?.rows ?? []).flatMap((s) => s.notes.map((n) => ({ sheet: s.sheet, row: n.row, why: n.why, reason: t(`reading.why.${n.why}`, {}, lang), ...(n.text ? { text: n.text } : {}) })));
  const clean = !parsed.fatal && !issues.some((i) => i.severity === 'error' || i.severity === 'warning');
  return { lines, unused, rows, unknownValues: reading?.unknownValues ?? [], people: parsed.persons.length, clean };
}

const c = (v: CellSpec['v'], s?: StyleId): CellSpec => (s ? { v, s } : { v });

/** The result sheet "Đã đọc như sau": printed for the council, in the agency's words, with no code. */
export function readingSheet(report: ReadReport, name: string, lang: Lang, order = 89): SheetSpec {
  const W = 8;
  const rows: CellSpec[][] = [[c(t('reading.title', {}, lang), 'title')], [c(t('reading.subtitle', { people: report.people, rows: report.rows.length }, lang), 'subtitle')]];
  const merges = [`A1:${columnLetter(W - 1)}1`, `A2:${columnLetter(W - 1)}2`];
  const section = (title: string) => {
    rows.push([]);
    rows.push([c(title, 'groupRow')]);
    merges.push(`A${rows.length}:${columnLetter(W - 1)}${rows.length}`);
  };
  const head = (keys: string[]) => rows.push(keys.map((k) => c(t(k, {}, lang), 'header')));
  head(['col.index', 'col.sheet', 'reading.col.field', 'reading.col.column', 'reading.col.header', 'reading.col.read', 'reading.col.notRead', 'reading.col.examples']);
  const headerRow = rows.length;
  report.lines.forEach((l, i) =>
    rows.push([
      c(i + 1, 'cellCenter'),
      c(l.sheet, 'cell'),
      c(l.label, 'cell'),
      c(l.column || t('reading.none', {}, lang), l.column ? 'cellCenter' : 'warn'),
      c(l.header, 'cell'),
      c(l.read, 'cellCenter'),
      c(l.notRead, l.notRead ? 'warn' : 'cellCenter'),
      c(l.examples.map((e) => `"${e}"`).join(', '), 'cell'),
    ]),
  );
  if (report.unknownValues.length) {
    section(t('reading.unknownValues', {}, lang));
    head(['col.index', 'col.sheet', 'reading.col.field', 'reading.col.value', 'reading.col.count', 'reading.col.cells']);
    report.unknownValues.forEach((u, i) =>
      rows.push([c(i + 1, 'cellCenter'), c(u.sheet, 'cell'), c(fieldLabel(u.field, lang), 'cell'), c(u.value, 'warn'), c(u.count, 'cellCenter'), c(u.cells.join(', '), 'cell')]),
    );
  }
  section(t('reading.rowsNotPeople', { count: report.rows.length }, lang));
  if (report.rows.length) {
    head(['col.index', 'col.sheet', 'reading.col.row', 'reading.col.reason', 'reading.col.text']);
    report.rows.forEach((r, i) => rows.push([c(i + 1, 'cellCenter'), c(r.sheet, 'cell'), c(r.row, 'cellCenter'), c(r.reason, r.why === 'rating-no-name' ? 'warn' : 'cell'), c(r.text ?? '', 'cell')]));
  } else rows.push([c(t('reading.everyRowAPerson', {}, lang), 'cell')]);
  section(t('reading.unused', { count: report.unused.length }, lang));
  if (report.unused.length) {
    head(['col.index', 'col.sheet', 'reading.col.column', 'reading.col.header']);
    report.unused.forEach((u, i) => rows.push([c(i + 1, 'cellCenter'), c(u.sheet, 'cell'), c(u.column, 'cellCenter'), c(u.header, 'cell')]));
  } else rows.push([c(t('reading.everyColumnUsed', {}, lang), 'cell')]);
  return {
    name,
    rows,
    widths: [5, 20, 22, 8, 34, 10, 10, 30],
    merges,
    freeze: { rows: headerRow },
    print: {
      orientation: 'landscape',
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      repeatRows: [headerRow, headerRow],
      fitToWidth: true,
      pageNumbers: true,
      area: `A1:${cellAddress(rows.length - 1, W - 1)}`,
    },
    order,
  };
}
