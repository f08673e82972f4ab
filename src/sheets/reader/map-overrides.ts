/**
 * The command line's `--map` choices turned into the settings' mapping: made by the one
 * choices module the pane uses (sheets/choices.ts), so the same choice reads the same.
 */
import type { SheetMappingSetting } from '../../domain/settings';
import type { MapOverride } from '../fields';
import type { SheetGrid } from '../grid';
import { applyChoices } from '../choices';

export { isKnownField } from '../choices';

export function applyMapOverrides(mapping: Record<string, SheetMappingSetting> | undefined, overrides: MapOverride[], grids: SheetGrid[], year: number): Record<string, SheetMappingSetting> {
  // No prototype: a sheet named "constructor" is only a key.
  const start: Record<string, SheetMappingSetting> = Object.assign(Object.create(null), mapping);
  const out = applyChoices({ version: 1, ownedSheets: [], mapping: start }, overrides, grids, year).mapping ?? {};
  return Object.assign(Object.create(null), out);
}
