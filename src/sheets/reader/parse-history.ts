/** The long-form history sheet (one row per person and year): joined to the staff by name, then unit, then birth year. */
import type { DataIssue, Person } from '../../domain/types';
import type { SheetRecognition } from '../fields';
import { addTitle } from './field-table';
import { cleanText, fold } from './fold';
import type { GridView } from './recognise';
import { Issues } from './parse-common';
import { rowKind } from './rows';
import type { UnitIndex } from './units';
import { asText, isBlank, parseBirth, parseNumber, titlesIn } from './values';
import type { ValueReader } from './value-map';

// The long-form history sheet.

export function mergeHistory(view: GridView, rec: SheetRecognition, persons: Person[], unitIndex: UnitIndex | undefined, values: ValueReader): DataIssue[] {
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
      const r = values.rating(rec.sheet, view.raw(row, ratingCol));
      if (r) (p.history[year] ??= { titles: [] }).rating = r;
      else values.note('rating', 'unknown-rating-past', rec.sheet, row, ratingCol, view.raw(row, ratingCol));
    }
  }
  return issues.list;
}
