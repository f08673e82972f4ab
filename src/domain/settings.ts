/**
 * What the clerk set, as data: the shape both adapters store in the workbook and every
 * layer reads. Storage (the cells of the settings sheet) lives in workbook/settings-store.ts.
 */
import type { Phase } from './types';
import type { Plan } from './plan';

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
  /** The plan the targets come from, when the clerk loaded one (the bundled 2014 plan otherwise). */
  plan?: Plan;
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
