import { jsonTooDeep } from '../text/json-depth';
import type { StoredSettings } from '../domain/settings';
import type { ReadSettings } from '../domain/settings-check';

/** Excel keeps at most 32 767 characters in a cell: the JSON is cut into chunks in column A. */
const CHUNK = 30000;
const MARKER = 'binh-xet settings';

/** Settings → the cells of the settings sheet (A1 marker, A2… JSON chunks). */
export function settingsToCells(s: StoredSettings): string[][] {
  const json = JSON.stringify(s);
  const rows: string[][] = [[`${MARKER} v${s.version}`]];
  for (let i = 0; i < json.length; i += CHUNK) rows.push([json.slice(i, i + CHUNK)]);
  return rows;
}

/**
 * The cells of the settings sheet → settings; null when they are not ours (no marker).
 * Ours but not readable (broken JSON, not an object): settings that say so, for the review to
 * report (src/domain/settings-check.ts); the parts of readable settings are checked there too.
 */
export function settingsFromCells(values: unknown[][]): StoredSettings | null {
  const first = values[0]?.[0];
  if (typeof first !== 'string' || !first.startsWith(MARKER)) return null;
  const json = values
    .slice(1)
    .map((r) => (typeof r?.[0] === 'string' ? r[0] : ''))
    .join('');
  let parsed: unknown;
  try {
    parsed = jsonTooDeep(json) ? undefined : JSON.parse(json);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    const unreadable: ReadSettings = { version: 1, ownedSheets: [], unreadable: json || first };
    return unreadable;
  }
  const read = parsed as Partial<StoredSettings>;
  return { ...read, version: read.version ?? 1, ownedSheets: Array.isArray(read.ownedSheets) ? read.ownedSheets : [] } as StoredSettings;
}
