/**
 * An independent reading of a workbook, by ExcelJS (the library the adapter used before it
 * read packages itself): the reference the streaming reader is compared with. Rows are
 * padded to one width and trailing empty rows dropped, so grids compare by their cells.
 */
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';

function plain(v: ExcelJS.CellValue): { value: CellValue; formula: boolean } {
  if (v === null || v === undefined) return { value: null, formula: false };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { value: v, formula: false };
  if (v instanceof Date) return { value: v.getTime() / 86400000 + 25569, formula: false };
  const o = v as unknown as Record<string, unknown>;
  if ('error' in o) return { value: { error: String(o.error) }, formula: false };
  if ('richText' in o && Array.isArray(o.richText)) return { value: (o.richText as { text: string }[]).map((r) => r.text).join(''), formula: false };
  if ('formula' in o || 'sharedFormula' in o) return { value: plain((o.result ?? null) as ExcelJS.CellValue).value, formula: true };
  if ('text' in o) return { value: String(o.text ?? ''), formula: false };
  return { value: null, formula: false };
}

/** name → { values, merges, formulaCells, fonts (legacy ones only) } as ExcelJS reads them. */
export async function excelJsGrids(
  bytes: Uint8Array,
  isLegacyFont: (name: string) => boolean,
): Promise<Map<string, Pick<SheetGrid, 'values' | 'merges' | 'formulaCells' | 'visibility'> & { fonts: Map<string, string> }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out = new Map();
  for (const ws of wb.worksheets) {
    const values: CellValue[][] = [];
    const formulaCells: string[] = [];
    const fonts = new Map<string, string>();
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const line: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const { value, formula } = plain(cell.value);
        line[c - 1] = value;
        if (formula) formulaCells.push(cell.address);
        const f = cell.font?.name;
        if (f && isLegacyFont(f)) fonts.set(cell.address, f);
      });
      values[r - 1] = line;
    });
    out.set(ws.name, {
      values: normalise(values),
      merges: ((ws.model as unknown as { merges?: string[] }).merges ?? []).slice(),
      formulaCells,
      fonts,
      visibility: ws.state === 'veryHidden' ? 'veryHidden' : ws.state === 'hidden' ? 'hidden' : 'visible',
    });
  }
  return out;
}

/** Rows padded with null to the widest, holes filled, trailing empty rows and columns dropped. */
export function normalise(values: CellValue[][]): CellValue[][] {
  const rows = Array.from({ length: values.length }, (_, r) => Array.from({ length: values[r]?.length ?? 0 }, (_, c) => values[r][c] ?? null));
  const width = Math.max(
    0,
    ...rows.map((r) => {
      let n = r.length;
      while (n > 0 && r[n - 1] === null) n--;
      return n;
    }),
  );
  let height = rows.length;
  while (height > 0 && rows[height - 1].slice(0, width).every((v) => v === null)) height--;
  return rows.slice(0, height).map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
}
