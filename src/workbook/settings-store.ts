import type { StoredSettings } from '../domain/settings';

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

/** The cells of the settings sheet → settings; null when they are not ours or not readable. */
export function settingsFromCells(values: unknown[][]): StoredSettings | null {
  const first = values[0]?.[0];
  if (typeof first !== 'string' || !first.startsWith(MARKER)) return null;
  const json = values
    .slice(1)
    .map((r) => (typeof r[0] === 'string' ? r[0] : ''))
    .join('');
  try {
    const parsed = JSON.parse(json) as Partial<StoredSettings>;
    if (typeof parsed !== 'object' || parsed === null) return null;
    return { ...parsed, version: 1, ownedSheets: Array.isArray(parsed.ownedSheets) ? parsed.ownedSheets : [] };
  } catch {
    return null;
  }
}
