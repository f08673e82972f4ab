/**
 * A list of recognised initiatives (or research projects), one row each: author(s), name,
 * decision, scope, year. Each author is found in the staff list by name; a name several
 * people share is told apart by the unit or birth year when the list gives them, and
 * otherwise listed for the clerk, never guessed.
 */
import type { DataIssue, Person } from '../../domain/types';
import type { SheetRecognition } from '../fields';
import { cellAddress, isCellError } from '../grid';
import { fold } from './fold';
import type { GridView } from './recognise';
import type { UnitIndex } from './units';
import { asText, isBlank, parseBirth, parseLooseDate, parseScope, yearInText } from './values';

export interface InitiativeRow {
  row: number;
  authors: string[];
  year: number;
  scope: boolean | undefined;
  kind: 'initiative' | 'research';
  unit?: string;
  birthYear?: number;
}

const PREFIX = /^(ông|bà|ths|ts|ks|cn|bs|pgs|gs|th\.s|đ\/c|đồng chí)\.?\s+/i;

/** "Nguyễn Văn A, Trần Thị B và Lê C (chủ nhiệm)" → the three names. */
export function splitAuthors(s: string): string[] {
  return s
    .normalize('NFC')
    .replace(/\([^)]*\)/g, ' ')
    .split(/[,;\n\r/+]|\s+và\s+|\s+-\s+/i)
    .map((a) => {
      let x = a.trim();
      while (PREFIX.test(x)) x = x.replace(PREFIX, '');
      return x.replace(/\s+/g, ' ').trim();
    })
    .filter((a) => /\p{L}/u.test(a));
}

export function readInitiativeRows(view: GridView, rec: SheetRecognition, year: number, issues: DataIssue[]): InitiativeRow[] {
  const col = new Map(rec.columns.map((c) => [c.field, c.col]));
  const at = (row: number, f: string) => (col.has(f) ? view.raw(row, col.get(f)!) : null);
  const out: InitiativeRow[] = [];
  let assumed: string | undefined;
  const titleHeader = fold(rec.columns.find((c) => c.field === 'initiativeTitle')?.header ?? '');
  const researchSheet = /\b(nghien cuu|nckh|khoa hoc)\b/.test(titleHeader);
  for (let row = rec.dataStart; row < view.rows; row++) {
    const authorCell = at(row, 'author');
    if (isBlank(authorCell) || isCellError(authorCell)) continue;
    const authors = splitAuthors(asText(authorCell));
    if (!authors.length) continue;
    const yv = at(row, 'year');
    const decision = asText(at(row, 'decision'));
    let y = !isBlank(yv) ? parseLooseDate(yv)?.iso.slice(0, 4) : undefined;
    if (y === undefined && typeof yv === 'string') y = yearInText(yv)?.toString();
    if (y === undefined && decision) y = yearInText(decision)?.toString();
    if (y === undefined) {
      assumed ??= cellAddress(row, col.get('author')!);
      y = String(year);
    }
    const scopeCell = at(row, 'scope');
    const scope = parseScope(asText(scopeCell)) ?? parseScope(decision);
    const kindText = fold(asText(at(row, 'initiativeKind')));
    const kind = /\b(de tai|nghien cuu|nckh)\b/.test(kindText) ? 'research' : /\b(sang kien|giai phap)\b/.test(kindText) ? 'initiative' : researchSheet ? 'research' : 'initiative';
    const unitText = asText(at(row, 'unit')).trim();
    const birth = parseBirth(at(row, 'birth'));
    out.push({ row, authors, year: Number(y), scope, kind, ...(unitText ? { unit: unitText } : {}), ...(birth ? { birthYear: birth.year } : {}) });
  }
  if (assumed) issues.push({ severity: 'info', code: 'initiative-year-assumed', sheet: rec.sheet, cell: assumed, args: { year } });
  return out;
}

export interface InitiativeTally {
  initiatives: number;
  research: number;
  provincial: boolean;
  /** Initiatives whose scope the list does not say. */
  unknownScope: number;
}

/**
 * Rows → per person and year, what the list says. Returns the tallies; the caller merges
 * them with what the staff list says (the larger count wins: the same initiative is often
 * in both).
 */
export function joinInitiatives(rec: SheetRecognition, rows: InitiativeRow[], persons: Person[], unitIndex: UnitIndex | undefined, issues: DataIssue[]): Map<Person, Map<number, InitiativeTally>> {
  const byName = new Map<string, Person[]>();
  for (const p of persons) if (!p.excluded) byName.set(fold(p.name), [...(byName.get(fold(p.name)) ?? []), p]);
  const authorCol = rec.columns.find((c) => c.field === 'author')!.col;
  const out = new Map<Person, Map<number, InitiativeTally>>();
  for (const r of rows) {
    for (const name of r.authors) {
      let candidates = byName.get(fold(name)) ?? [];
      if (candidates.length > 1 && r.unit) {
        const unit = unitIndex?.find(r.unit) ?? r.unit;
        const same = candidates.filter((p) => fold(p.unit ?? '') === fold(unit));
        if (same.length) candidates = same;
      }
      if (candidates.length > 1 && r.birthYear !== undefined) {
        const same = candidates.filter((p) => p.birthYear === r.birthYear);
        if (same.length) candidates = same;
      }
      const cell = cellAddress(r.row, authorCol);
      if (!candidates.length) {
        issues.push({ severity: 'info', code: 'initiative-author-unmatched', sheet: rec.sheet, cell, value: name });
        continue;
      }
      if (candidates.length > 1) {
        issues.push({
          severity: 'warning',
          code: 'initiative-author-ambiguous',
          sheet: rec.sheet,
          cell,
          value: name,
          args: { count: candidates.length, places: candidates.map((p) => `${p.source.sheet}!${p.source.row}${p.unit ? ` (${p.unit})` : ''}`).join('; ') },
        });
        continue;
      }
      const p = candidates[0];
      const years = out.get(p) ?? new Map<number, InitiativeTally>();
      out.set(p, years);
      const t = years.get(r.year) ?? { initiatives: 0, research: 0, provincial: false, unknownScope: 0 };
      years.set(r.year, t);
      if (r.kind === 'research') t.research++;
      else t.initiatives++;
      if (r.scope === true) t.provincial = true;
      if (r.scope === undefined) t.unknownScope++;
    }
  }
  return out;
}
