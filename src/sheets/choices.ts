/**
 * The one way a clerk's choice becomes settings, for the pane and the command line alike
 * (`--map`, `--map-value`): a sheet's role, a field's column, the header row, and what an
 * unknown value means. The same choice gives the same settings, so the same reading, from
 * either face. Pure: settings and grids in, settings out.
 */
import type { SheetMappingSetting, StoredSettings } from '../domain/settings';
import { mappingOf } from '../domain/settings-check';
import { fieldsOfRole, SHEET_ROLES, type ColumnMapping, type MapOverride, type SheetRecognition, type SheetRole } from './fields';
import { columnLetter, type SheetGrid } from './grid';
import { recognise } from './reader/recognise';
import { valueKey, type MappableField } from './reader/value-map';

/**
 * What recognition finds in one sheet on its own, with no column chosen by the clerk: with
 * no role, the role it would give the sheet; with a role (and a header row), the columns it
 * reads for that role. The reader starts from these when the clerk changes a column (the
 * columns she did not touch stay as recognised), so the pane compares against them.
 */
export function autoRecognition(grid: SheetGrid, year: number, role?: SheetRole, headerRow?: number): SheetRecognition | undefined {
  const mapping = role ? { [grid.name]: { role, columns: {}, ...(headerRow ? { headerRow } : {}) } } : undefined;
  return recognise([grid], { year, ...(mapping ? { mapping } : {}) }).recognitions[0];
}

/** The columns recognition reads for `rec`'s sheet in its role, before any the clerk chose. */
export function autoColumns(grid: SheetGrid, rec: SheetRecognition, settings: StoredSettings, year: number): ColumnMapping[] {
  return autoRecognition(grid, year, rec.role, mappingOf(settings, rec.sheet)?.headerRow)?.columns ?? [];
}

/**
 * The clerk's own choices among a sheet's saved columns. An empty column saved for a field
 * whose recognised column another choice now holds is not a choice: it only records that the
 * column was taken, and goes when the column is given back.
 */
function clerkChoices(columns: Record<string, string>, autoLetter: Map<string, string>): Record<string, string> {
  const taken = new Set(Object.values(columns).filter(Boolean));
  const out: Record<string, string> = {};
  for (const [f, l] of Object.entries(columns)) {
    if (l) out[f] = l;
    else if (!taken.has(autoLetter.get(f) ?? '')) out[f] = '';
  }
  return out;
}

/**
 * The clerk's correction as settings: `field` is read from column `letter` ('' = no column).
 * A field whose column it takes is left without one, so no column counts twice, and gets
 * its column back when the clerk moves `field` elsewhere: a slip undone by choosing again
 * loses nothing. Choosing the recognised column again is no longer a choice at all.
 * `auto` is the sheet's columns as recognised on their own (`autoColumns`).
 */
export function withColumn(settings: StoredSettings, rec: SheetRecognition, auto: readonly ColumnMapping[], field: string, letter: string): StoredSettings {
  const current = mappingOf(settings, rec.sheet);
  const autoLetter = new Map(auto.map((c) => [c.field, columnLetter(c.col)]));
  const chosen = clerkChoices(current?.columns ?? {}, autoLetter);
  // Another field the clerk had moved to this column goes back to what recognition found.
  if (letter) for (const [f, l] of Object.entries(chosen)) if (f !== field && l === letter) delete chosen[f];
  if (letter === (autoLetter.get(field) ?? '')) delete chosen[field];
  else chosen[field] = letter;
  const taken = new Set(Object.values(chosen).filter(Boolean));
  const columns: Record<string, string> = { ...chosen };
  for (const [f, l] of autoLetter) if (!(f in chosen) && taken.has(l)) columns[f] = '';
  // Every column back as recognised: the entry goes, unless it also keeps a header row or a
  // sheet the clerk picked for its role (an entry without columns to begin with).
  const picked = current !== undefined && Object.keys(current.columns).length === 0;
  if (!Object.keys(columns).length && !current?.headerRow && !picked && auto.length > 0) return withSheetMapping(settings, rec.sheet, undefined);
  return withSheetMapping(settings, rec.sheet, { role: current?.role ?? rec.role, ...(current?.headerRow ? { headerRow: current.headerRow } : {}), columns });
}

/** Settings with one sheet's mapping set; an entry that says nothing recognition would not is dropped. */
function withSheetMapping(settings: StoredSettings, sheet: string, m: SheetMappingSetting | undefined): StoredSettings {
  const mapping = { ...(settings.mapping ?? {}) };
  if (m) mapping[sheet] = m;
  else delete mapping[sheet];
  return { ...settings, mapping };
}

/** Columns the clerk's choices left without their recognised column, with the column they had. */
export function displacedFields(rec: SheetRecognition, auto: readonly ColumnMapping[]): { field: string; letter: string; by?: string }[] {
  const out: { field: string; letter: string; by?: string }[] = [];
  for (const a of auto) {
    if (rec.columns.some((c) => c.field === a.field)) continue;
    out.push({ field: a.field, letter: columnLetter(a.col), by: rec.columns.find((c) => c.col === a.col)?.field });
  }
  return out;
}

/** The roles a sheet can be given: one staff list, one unit list, any number of history and initiative sheets. */
export type PickRole = SheetRole;
export const SINGLE_ROLES: readonly PickRole[] = ['staff', 'units'];

/**
 * The clerk picks the sheet that plays `role` ('' = none). The sheet that played it before
 * stops: it is ignored when recognition would make it play that role again, otherwise it
 * goes back to what recognition finds in it. `autoRole` is recognition's role for a sheet.
 */
export function withSheetRole(settings: StoredSettings, role: PickRole, sheet: string, recs: readonly SheetRecognition[], autoRole: (sheet: string) => PickRole | undefined): StoredSettings {
  const before = recs.find((r) => r.role === role)?.sheet;
  if (before === sheet) return settings;
  let next = settings;
  if (before) next = withSheetMapping(next, before, autoRole(before) === role ? { role: 'ignore', columns: {} } : undefined);
  if (sheet) {
    const m = next.mapping?.[sheet];
    next = withSheetMapping(next, sheet, m && m.role === role ? m : { role, columns: {} });
  }
  return next;
}

/**
 * A sheet added to or taken from a role any number of sheets can play (history, initiatives).
 * Taken away, it is ignored when recognition would give it that role again.
 */
export function withSheetInRole(settings: StoredSettings, role: PickRole, sheet: string, on: boolean, autoRole: (sheet: string) => PickRole | undefined): StoredSettings {
  const m = mappingOf(settings, sheet);
  if (on) return withSheetMapping(settings, sheet, m && m.role === role ? m : { role, columns: {} });
  return withSheetMapping(settings, sheet, autoRole(sheet) === role ? { role: 'ignore', columns: {} } : undefined);
}

/** The header row (1-based) the clerk gives a sheet; the columns are then read under it. */
export function withHeaderRow(settings: StoredSettings, rec: SheetRecognition, row: number): StoredSettings {
  const current = mappingOf(settings, rec.sheet);
  return withSheetMapping(settings, rec.sheet, { role: current?.role ?? rec.role, columns: current?.columns ?? {}, headerRow: row });
}

/** Every sheet as recognition and the clerk's choices leave it: back to recognition alone. */
export function withoutMapping(settings: StoredSettings): StoredSettings {
  const { mapping: _m, ...rest } = settings;
  return { ...rest, mapping: {} };
}

/** A sheet kept out of the review, even when it looks like a list. */
export function withSheetIgnored(settings: StoredSettings, sheet: string): StoredSettings {
  return withSheetMapping(settings, sheet, { role: 'ignore', columns: {} });
}

/**
 * What the clerk says a value means: `value` (as written in the sheet) of `field` is read as
 * `meaning`, a value of the field's scale ('good', 'reprimand'…); no meaning takes the choice
 * back. One entry per value, whatever its case or accents.
 */
export function withValueMeaning(settings: StoredSettings, field: MappableField, value: string, meaning: string | undefined): StoredSettings {
  const key = valueKey(value);
  const kept = Object.entries(settings.valueMap?.[field] ?? {}).filter(([k]) => valueKey(k) !== key);
  const entries = meaning ? [...kept, [value.trim(), meaning] as [string, string]] : kept;
  const valueMap = { ...(settings.valueMap ?? {}) };
  if (entries.length) valueMap[field] = Object.fromEntries(entries);
  else delete valueMap[field];
  const { valueMap: _v, ...rest } = settings;
  return Object.keys(valueMap).length ? { ...rest, valueMap } : rest;
}

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

/**
 * The command line's `--map` choices, made one after the other exactly as the pane makes them:
 * `units=Sheet` picks the one unit list (the one before it stops); `staff=`, `history=`,
 * `initiatives=` add a sheet to the role (a list kept over several sheets); `ignore=` keeps a
 * sheet out; `header=Sheet!7` fixes the header row; `rating=Sheet!F` is the pane's column choice.
 */
export function applyChoices(settings: StoredSettings, overrides: MapOverride[], grids: SheetGrid[], year: number): StoredSettings {
  let s = settings;
  const recsOf = () => recognise(grids, { year, mapping: s.mapping }).recognitions;
  const autoRole = (sheet: string) => {
    const g = grids.find((x) => x.name === sheet);
    return g ? autoRecognition(g, year)?.role : undefined;
  };
  for (const o of overrides) {
    if (o.role === 'ignore') s = withSheetIgnored(s, o.sheet);
    else if (o.role && (SINGLE_ROLES as readonly string[]).includes(o.role) && o.role !== 'staff') s = withSheetRole(s, o.role, o.sheet, recsOf(), autoRole);
    else if (o.role) s = withSheetInRole(s, o.role, o.sheet, true, autoRole);
    if (o.headerRow === undefined && o.field === undefined) continue;
    const rec = recsOf().find((r) => r.sheet === o.sheet);
    const grid = grids.find((g) => g.name === o.sheet);
    if (!rec || !grid) {
      // A sheet nothing was recognised on: the choice starts its entry.
      const had = mappingOf(s, o.sheet);
      const base: SheetMappingSetting = had ? { ...had, columns: { ...had.columns } } : { role: o.field ? roleOfField(o.field) : 'staff', columns: {} };
      if (o.headerRow !== undefined) base.headerRow = o.headerRow;
      if (o.field !== undefined) base.columns[o.field] = (o.column ?? '').toUpperCase();
      s = withSheetMapping(s, o.sheet, base);
      continue;
    }
    if (o.headerRow !== undefined) s = withHeaderRow(s, rec, o.headerRow);
    if (o.field !== undefined) {
      const now = o.headerRow !== undefined ? (recsOf().find((r) => r.sheet === o.sheet) ?? rec) : rec;
      s = withColumn(s, now, autoColumns(grid, now, s, year), o.field, (o.column ?? '').toUpperCase());
    }
  }
  return s;
}
