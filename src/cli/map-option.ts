/**
 * `--map`: the clerk's choices on the command line, saved in the workbook as the pane saves
 * them. `staff=Sheet` (also units, history, initiatives, ignore) gives a sheet its role;
 * `rating=Sheet!H` reads a field from a column (`unit=Sheet!` for no column); `header=Sheet!7`
 * says where the header ends.
 */
import type { MapOverride, SheetRole } from '../sheets/fields';
import { isKnownField } from '../sheets/read-workbook';

const ROLES: readonly (SheetRole | 'ignore')[] = ['staff', 'units', 'history', 'initiatives', 'ignore'];

export type MapParse = { ok: MapOverride } | { error: string; expected: string };

export function parseMapOption(value: string): MapParse {
  const eq = value.indexOf('=');
  const expected = 'ROLE=Sheet | FIELD=Sheet!COLUMN | header=Sheet!ROW';
  if (eq <= 0) return { error: value, expected };
  const key = value.slice(0, eq).trim();
  const target = value.slice(eq + 1);
  if ((ROLES as string[]).includes(key)) {
    if (!target.trim()) return { error: value, expected };
    return { ok: { sheet: unquote(target), role: key as SheetRole | 'ignore' } };
  }
  const bang = target.lastIndexOf('!');
  if (bang <= 0) return { error: value, expected };
  const sheet = unquote(target.slice(0, bang));
  const where = target.slice(bang + 1).trim();
  if (key === 'header') {
    if (!/^\d{1,3}$/.test(where) || Number(where) < 1) return { error: value, expected: 'header=Sheet!ROW' };
    return { ok: { sheet, headerRow: Number(where) } };
  }
  if (!isKnownField(key)) return { error: key, expected: 'field' };
  if (where && !/^[A-Za-z]{1,3}$/.test(where)) return { error: value, expected: 'FIELD=Sheet!COLUMN' };
  return { ok: { sheet, field: key, column: where.toUpperCase() } };
}

/** 'DS 2024' or "DS 2024" as a shell leaves it when quoted inside the value. */
const unquote = (s: string): string => s.trim().replace(/^'(.*)'$|^"(.*)"$/, '$1$2');
