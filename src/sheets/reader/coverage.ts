/**
 * Nothing silent: after reading, every header column is either used for a named field or
 * listed as not used (one information issue per sheet); every key field not found is a
 * warning that says what the review then cannot do; every sheet not read is named.
 */
import type { DataIssue } from '../../domain/types';
import type { SheetRecognition, UnusedColumn } from '../fields';
import { columnLetter } from '../grid';
import { fieldDef, matchField, STAFF_TABLE, UNIT_TABLE } from './field-table';
import { cleanLabel } from './recognise';
import type { Recognised } from './recognise';

export interface CoverageContext {
  recognitions: SheetRecognition[];
  staffRecs: SheetRecognition[];
  /** Staff sheets whose units came from section rows ("I. VĂN PHÒNG SỞ"). */
  sectionsSeen: Set<string>;
  hasUnitSheet: boolean;
  hasHistorySheet: boolean;
  hasInitiativesSheet: boolean;
  personsHaveUnits: boolean;
}

/**
 * An unused column whose header names the field (its last line, or any line: "Sáng kiến năm
 * 2013 / Cấp công nhận" under another year's group): the column the clerk probably means.
 */
export function unusedLike(rec: SheetRecognition, field: string): UnusedColumn | undefined {
  const def = fieldDef(rec.role, field);
  if (!def) return undefined;
  const aliases = [...def.aliases, ...(def.weak ?? [])].map((a) => a.replace(/\$$/, '')).filter((a) => a.length >= 4);
  // Two words or more of an alias, as whole words anywhere in a line ("Kết quả sáng kiến"):
  // not a column of another year (history) or a plan ("Đăng ký", "dự kiến").
  const words = aliases.filter((a) => a.includes(' '));
  return (rec.unused ?? []).find((u) => {
    const parts = u.header.split(' / ').map(cleanLabel);
    if (parts.some((p) => /\b(19|20)\d\d\b|\b(dang ky|du kien|ke hoach)\b/.test(p))) return false;
    return parts.some((p) => matchField(rec.role, p)?.field === field || aliases.some((a) => p === a || p.startsWith(`${a} `)) || words.some((a) => ` ${p} `.includes(` ${a} `)));
  });
}

/** What else, beyond the field's own column and its `satisfiedBy`, answers a key field. */
function satisfiedElsewhere(field: string, rec: SheetRecognition, ctx: CoverageContext): boolean {
  switch (field) {
    case 'unit':
      return ctx.sectionsSeen.has(rec.sheet);
    case 'initiative':
      return ctx.hasInitiativesSheet || rec.columns.some((c) => c.field.startsWith('pastInitiative:'));
    case 'historyText':
      return ctx.hasHistorySheet || rec.columns.some((c) => c.field.startsWith('past'));
    default:
      return false;
  }
}

export function coverageIssues(ctx: CoverageContext): DataIssue[] {
  const out: DataIssue[] = [];
  for (const rec of ctx.staffRecs) {
    const has = (f: string) => rec.columns.some((c) => c.field === f);
    for (const def of STAFF_TABLE) {
      if (!def.missing) continue;
      if (has(def.id) || (def.missing.satisfiedBy ?? []).some(has) || satisfiedElsewhere(def.id, rec, ctx)) continue;
      const join = def.id === 'hireDate' ? rec.columns.find((c) => c.field === 'joinDate') : undefined;
      // Advice that cures: never "add a column" while a column like it stands unused.
      const like = join || rec.noColumn?.includes(def.id) ? undefined : unusedLike(rec, def.id);
      if (like) {
        out.push({
          severity: 'warning',
          code: 'missing-field-unused',
          sheet: rec.sheet,
          cell: `${columnLetter(like.col)}${rec.headerBottom + 1}`,
          value: like.header,
          args: { field: def.id, column: `${columnLetter(like.col)} – ${like.header}`, consequence: def.id },
        });
        continue;
      }
      out.push({
        severity: 'warning',
        code: join ? 'missing-hireDate-join' : `missing-${def.id}`,
        sheet: rec.sheet,
        ...(join ? { args: { column: `${columnLetter(join.col)} – ${join.header}` } } : {}),
      });
    }
  }
  if (!ctx.hasUnitSheet && ctx.personsHaveUnits && ctx.staffRecs.length) out.push({ severity: 'warning', code: 'missing-unit-sheet', sheet: ctx.staffRecs[0].sheet });
  for (const rec of ctx.recognitions) {
    if (rec.role === 'units') {
      // The unit list's key fields, each with its severity (the rating: a warning; Cờ thi đua, optional: information).
      for (const def of UNIT_TABLE) {
        if (def.missing && !rec.columns.some((c) => c.field === def.id)) out.push({ severity: def.missing.severity ?? 'warning', code: `missing-${def.id}`, sheet: rec.sheet });
      }
    }
    const unused = rec.unused ?? [];
    if (unused.length) {
      out.push({
        severity: 'info',
        code: 'columns-not-used',
        sheet: rec.sheet,
        value: unused.map((u) => columnLetter(u.col)).join(', '),
        args: { count: unused.length, columns: unused.map((u) => `${columnLetter(u.col)} – ${u.header}`).join('; ') },
      });
    }
  }
  return out;
}

/** The sheets read for nothing, one information issue per reason. */
export function unreadIssues(unread: Recognised['unread'], issues: DataIssue[]): DataIssue[] {
  const named = new Set(issues.filter((i) => i.code === 'two-staff-sheets').map((i) => i.sheet));
  const out: DataIssue[] = [];
  for (const why of ['none', 'hidden', 'guide', 'ignored', 'second', 'plan'] as const) {
    const sheets = unread.filter((u) => u.why === why && !named.has(u.sheet)).map((u) => `'${u.sheet}'`);
    if (sheets.length) out.push({ severity: 'info', code: `sheets-not-read-${why}`, value: sheets.join(', '), args: { sheets: sheets.join(', '), count: sheets.length } });
  }
  return out;
}

/** Warnings about a whole column or list, though placed at a cell: shown with the sheet-level ones. */
const SHEET_WIDE =
  /^(two-columns|former-agency-used|missing-field-unused|initiative-scope-unused-column|former-agency-column|column-by-values|initiative-scope-unknown|join-date-only|initiative-author-ambiguous)/;
/** A warning about what a whole sheet lacks or how a column was chosen, rather than about one cell. */
export const isSheetWide = (i: DataIssue): boolean => i.cell === undefined || SHEET_WIDE.test(i.code);
const ORDER = (i: DataIssue): number => (i.severity === 'error' ? 0 : i.severity === 'warning' ? (isSheetWide(i) ? 1 : 2) : 3);

/** Errors first, then what the review could not read at all (sheet-level warnings), then cell by cell, then information. */
export function orderIssues(issues: DataIssue[]): DataIssue[] {
  return issues
    .map((i, k) => ({ i, k }))
    .sort((a, b) => ORDER(a.i) - ORDER(b.i) || a.k - b.k)
    .map((x) => x.i);
}
