import type { SheetGrid, SheetInfo, SheetSpec } from '../sheets/grid';
import type { StoredSettings } from '../domain/settings';

/**
 * What the pipeline needs from a workbook, whoever holds it: Excel through office.js,
 * an .xlsx file through ExcelJS, or memory (tests, the browser preview).
 */
export interface WorkbookPort {
  /** Every sheet with its visibility, in tab order. */
  sheets(): Promise<SheetInfo[]>;
  /** The used range of each named sheet; one batch for all of them. */
  read(names: string[]): Promise<SheetGrid[]>;
  /** The settings the add-in saved in this workbook, or null when there are none. */
  getSettings(): Promise<StoredSettings | null>;
  /**
   * Write result sheets and settings together. Sheets named in `replace` (the add-in's own,
   * from the settings registry) are replaced; no other existing sheet is touched. Either
   * everything is written or the workbook is left as it was.
   */
  write(specs: SheetSpec[], settings: StoredSettings, options: WriteOptions): Promise<WriteReport>;
}

export interface WriteOptions {
  /** Names of sheets the add-in made in an earlier run (they may be replaced or removed). */
  replace: string[];
  /** Called as each sheet is written, for the pane's progress bar. */
  onProgress?: (done: number, total: number, sheet: string) => void;
}

export interface WriteReport {
  written: string[];
  removed: string[];
  /** Things the adapter could not do here (page setup on old Excel…), as catalogue codes. */
  notes: { code: string; sheet?: string }[];
}

export { SETTINGS_SHEET } from '../domain/settings';
