/**
 * `--map`: the clerk's choices on the command line, saved in the workbook as the pane saves
 * them. `staff=Sheet` (also units, history, initiatives, ignore) gives a sheet its role;
 * `rating=Sheet!H` reads a field from a column (`unit=Sheet!` for no column); `header=Sheet!7`
 * says where the header ends.
 */
import type { MapOverride, SheetRole } from '../sheets/fields';
import { isKnownField } from '../sheets/read-workbook';
import { MAPPABLE_FIELDS, SCALE, scaleValue, type MappableField } from '../sheets/reader/value-map';

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

export type MapValueParse = { ok: { field: MappableField; value: string; meaning: string } } | { error: string; expected: string };

/**
 * `--map-value rating:A1="Hoàn thành xuất sắc nhiệm vụ"`: what a value of a field means. The
 * meaning is any form the reader knows (HTXSNV, "Hoàn thành tốt", "excellent"; "Khiển trách",
 * "Không"); it is saved as the scale's id, as the pane saves it.
 */
export function parseMapValueOption(value: string): MapValueParse {
  const expected = `FIELD:VALUE=MEANING (FIELD: ${MAPPABLE_FIELDS.join(' | ')})`;
  const colon = value.indexOf(':');
  if (colon <= 0) return { error: value, expected };
  const field = value.slice(0, colon).trim();
  if (!(MAPPABLE_FIELDS as readonly string[]).includes(field)) return { error: field, expected: MAPPABLE_FIELDS.join(' | ') };
  const rest = value.slice(colon + 1);
  const eq = rest.lastIndexOf('=');
  if (eq <= 0) return { error: value, expected };
  const written = unquote(rest.slice(0, eq));
  const said = unquote(rest.slice(eq + 1));
  const meaning = scaleValue(field as MappableField, said);
  if (!written || !meaning) return { error: said || value, expected: SCALE[field as MappableField].join(' | ') };
  return { ok: { field: field as MappableField, value: written, meaning } };
}
