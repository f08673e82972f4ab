import type { Phase } from '../domain/types';

/** Which column of a sheet holds which field; overrides what recognition found. */
export interface SheetMappingSetting {
  /** What the sheet is; 'ignore' keeps it out of the review even when it looks like a list. */
  role: 'staff' | 'units' | 'history' | 'initiatives' | 'ignore';
  /** 1-based row of the (last) header row, when the clerk fixed it. */
  headerRow?: number;
  /** field id → column letter ("B"); an empty string means "no column for this field". */
  columns: Record<string, string>;
}

export interface TargetSetting {
  id: string;
  /** Share (0..1) or count, as the target's measure says. */
  required: number;
  enabled: boolean;
  /** For targets the clerk records by hand (Cờ thi đua, chi bộ…): met or not. */
  recorded?: boolean;
}

export interface AgencySetting {
  parent: string;
  name: string;
  place: string;
  signerTitle: string;
  signerName: string;
}

/**
 * Everything the clerk set, kept inside the workbook (very hidden sheet), read and
 * written by the command line and the add-in alike. Versioned: readers accept older
 * versions and ignore unknown fields.
 */
export interface StoredSettings {
  version: 1;
  mapping?: Record<string, SheetMappingSetting>;
  preset?: string;
  /** Parameter changes over the preset: param id → value. */
  params?: Record<string, number | boolean | string | null>;
  targets?: TargetSetting[];
  agency?: Partial<AgencySetting>;
  reviewDate?: string;
  phase?: Phase;
  lang?: 'vi' | 'en';
  /** Names of the sheets the add-in wrote last time: the only ones it may replace. */
  ownedSheets: string[];
  /** The history sheet "Chốt kết quả năm" created: the add-in may rewrite it (keeping every row). */
  historySheet?: string;
  lastRun?: { at: string; by: 'cli' | 'addin' | 'preview' };
}

export const SETTINGS_VERSION = 1;
export const emptySettings = (): StoredSettings => ({ version: 1, ownedSheets: [] });

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
