import type { SheetGrid, SheetInfo, SheetSpec } from '../sheets/grid';
import { SOURCE_SEPARATOR } from '../sheets/fields';
import type { StoredSettings } from '../domain/settings';
import type { WorkbookPort, WriteOptions, WriteReport } from '../workbook/port';
import type { XlsxWorkbook } from '../workbook/xlsx';

/**
 * Several units' files reviewed as one agency: a read-only port over all of them, each
 * sheet named "file › sheet" so every issue still says where it comes from.
 */
export async function mergeWorkbooks(files: { file: string; wb: XlsxWorkbook }[]): Promise<WorkbookPort> {
  const grids: SheetGrid[] = [];
  for (const { file, wb } of files) {
    const names = (await wb.sheets()).map((s) => s.name);
    for (const g of await wb.read(names)) grids.push({ ...g, name: `${file}${SOURCE_SEPARATOR}${g.name}` });
  }
  const settings = await files[0].wb.getSettings();
  return {
    sheets: async (): Promise<SheetInfo[]> => grids.map((g) => ({ name: g.name, visibility: g.visibility })),
    read: async (names: string[]) => grids.filter((g) => names.includes(g.name)),
    getSettings: async (): Promise<StoredSettings | null> => settings,
    write: async (_s: SheetSpec[], _st: StoredSettings, _o: WriteOptions): Promise<WriteReport> => {
      throw new Error('merged inputs are read-only');
    },
  };
}
