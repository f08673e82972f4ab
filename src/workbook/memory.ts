/**
 * A workbook held as plain grids: the port for tests of the pane and for scripts that have
 * grids already. Same contract as the Excel and .xlsx adapters: writes replace only the
 * add-in's own sheets, all at once or not at all.
 */
import type { SheetGrid, SheetInfo, SheetSpec } from '../sheets/grid';
import { type StoredSettings } from '../domain/settings';
import { settingsFromCells, settingsToCells } from './settings-store';
import { uniqueSheetName } from './sheet-names';
import { ownedAfterWrite, SETTINGS_SHEET, type WorkbookPort, type WriteOptions, type WriteReport } from './port';

export class MemoryWorkbook implements WorkbookPort {
  /** Sheets in tab order. */
  grids: SheetGrid[];
  /** Every write, for tests: the specs as given. */
  readonly writes: SheetSpec[][] = [];
  /** Make the next write fail after this many sheets (tests of the all-or-nothing promise). */
  failAfter?: number;

  constructor(grids: SheetGrid[]) {
    this.grids = grids.map((g) => ({ ...g }));
  }

  async sheets(): Promise<SheetInfo[]> {
    return this.grids.map((g) => ({ name: g.name, visibility: g.visibility }));
  }

  async read(names: string[]): Promise<SheetGrid[]> {
    return names.map((n) => this.grids.find((g) => g.name === n)).filter((g): g is SheetGrid => !!g);
  }

  async getSettings(): Promise<StoredSettings | null> {
    const g = this.grids.find((x) => x.name === SETTINGS_SHEET);
    return g ? settingsFromCells(g.values) : null;
  }

  async write(specs: SheetSpec[], settings: StoredSettings, options: WriteOptions): Promise<WriteReport> {
    const replace = new Set(options.replace.filter((n) => n !== SETTINGS_SHEET));
    const removed = this.grids.map((g) => g.name).filter((n) => replace.has(n));
    const kept = this.grids.filter((g) => !replace.has(g.name) && g.name !== SETTINGS_SHEET);
    const taken = new Set(kept.map((g) => g.name.toLowerCase()));
    const added: SheetGrid[] = [];
    const written: string[] = [];
    specs.forEach((spec, i) => {
      if (this.failAfter !== undefined && i >= this.failAfter) throw new Error('write failed (test)');
      const name = uniqueSheetName(spec.name, taken);
      added.push({ name, visibility: 'visible', top: 0, left: 0, merges: spec.merges.slice(), values: spec.rows.map((r) => r.map((c) => c.v ?? null)) });
      written.push(name);
      options.onProgress?.(i + 1, specs.length, name);
    });
    const cells = settingsToCells({ ...settings, ownedSheets: ownedAfterWrite(settings.ownedSheets, options.replace, specs, written) });
    const settingsGrid: SheetGrid = { name: SETTINGS_SHEET, visibility: 'veryHidden', top: 0, left: 0, merges: [], values: cells };
    // Only now, with every sheet built, does the workbook change.
    this.grids = [...kept, ...added, settingsGrid];
    this.writes.push(specs);
    return { written, removed, notes: [] };
  }
}
