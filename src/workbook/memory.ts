/**
 * A workbook held as plain grids: the port for tests of the pane and for scripts that have
 * grids already. Same contract as the Excel and .xlsx adapters: writes replace only the
 * add-in's own sheets, all at once or not at all.
 */
import type { SheetGrid, SheetInfo, SheetSpec } from '../sheets/grid';
import { type StoredSettings } from '../domain/settings';
import { settingsFromCells } from './settings-store';
import { planWrite } from './write-plan';
import { SETTINGS_SHEET, type WorkbookPort, type WriteOptions, type WriteReport } from './port';

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
    const g = this.grids.find((x) => x.name.toLowerCase() === SETTINGS_SHEET.toLowerCase());
    return g ? settingsFromCells(g.values) : null;
  }

  async write(specs: SheetSpec[], settings: StoredSettings, options: WriteOptions): Promise<WriteReport> {
    const plan = planWrite(
      this.grids.map((g) => g.name),
      specs,
      settings,
      options.replace,
    );
    const added: SheetGrid[] = [];
    plan.sheets.forEach((spec, i) => {
      if (this.failAfter !== undefined && i >= this.failAfter) throw new Error('write failed (test)');
      added.push({ name: spec.name, visibility: 'visible', top: 0, left: 0, merges: spec.merges.slice(), values: spec.rows.map((r) => r.map((c) => c.v ?? null)) });
      options.onProgress?.(i + 1, specs.length, spec.name);
    });
    const settingsGrid: SheetGrid = { name: plan.settings.name, visibility: 'veryHidden', top: 0, left: 0, merges: [], values: plan.settings.cells };
    // Only now, with every sheet built, does the workbook change.
    const gone = new Set([...plan.remove, SETTINGS_SHEET].map((n) => n.toLowerCase()));
    this.grids = [...this.grids.filter((g) => !gone.has(g.name.toLowerCase())), ...added, settingsGrid];
    this.writes.push(specs);
    return { written: plan.written, removed: plan.remove, notes: [] };
  }
}
