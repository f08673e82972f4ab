/**
 * The command line's `--map` choices turned into the settings' mapping, exactly as the pane
 * writes it (`mapping[sheet] = { role, headerRow, columns }`): a sheet's role; a field's
 * column, taken from any other field that had it; the header row. A sheet the settings do
 * not know yet starts from what recognition found on it.
 */
import type { SheetMappingSetting } from '../../domain/settings';
import { fieldsOfRole, SHEET_ROLES, type MapOverride, type SheetRecognition, type SheetRole } from '../fields';
import { columnLetter, type SheetGrid } from '../grid';
import { recognise } from './recognise';

const PAST = /^past(Title:[A-Z_]+|Rating|Initiative|Research|Text):\d{4}$/;

/** Whether `field` is a field id some role knows (or a past-year id). */
export function isKnownField(field: string): boolean {
  return PAST.test(field) || SHEET_ROLES.some((r) => fieldsOfRole(r).includes(field));
}

/** The role a field belongs to when nothing else says: the staff list first. */
function roleOfField(field: string): SheetRole {
  if (PAST.test(field)) return 'staff';
  return SHEET_ROLES.find((r) => fieldsOfRole(r).includes(field)) ?? 'staff';
}

export function applyMapOverrides(mapping: Record<string, SheetMappingSetting> | undefined, overrides: MapOverride[], grids: SheetGrid[], year: number): Record<string, SheetMappingSetting> {
  // No prototype: a sheet named "constructor" is only a key.
  const out: Record<string, SheetMappingSetting> = Object.assign(Object.create(null), mapping);
  let recognised: SheetRecognition[] | undefined;
  const recOf = (sheet: string) => (recognised ??= recognise(grids, { year, mapping }).recognitions).find((r) => r.sheet === sheet);
  for (const o of overrides) {
    const rec = recOf(o.sheet);
    const had = out[o.sheet];
    const base: SheetMappingSetting = had
      ? { ...had, columns: { ...had.columns } }
      : { role: o.role ?? rec?.role ?? (o.field ? roleOfField(o.field) : 'staff'), ...(rec ? { headerRow: rec.headerBottom + 1 } : {}), columns: {} };
    if (o.role) {
      // Columns chosen for another role do not carry over.
      if (base.role !== o.role) base.columns = {};
      base.role = o.role;
    }
    if (o.headerRow !== undefined) base.headerRow = o.headerRow;
    if (o.field !== undefined) {
      const letter = (o.column ?? '').toUpperCase();
      // As the pane does: a field that was read from that column is left without one.
      if (letter && rec && rec.role === base.role) for (const c of rec.columns) if (c.field !== o.field && columnLetter(c.col) === letter) base.columns[c.field] = '';
      for (const [f, l] of Object.entries(base.columns)) if (f !== o.field && l === letter && letter) base.columns[f] = '';
      base.columns[o.field] = letter;
    }
    out[o.sheet] = base;
  }
  return out;
}
