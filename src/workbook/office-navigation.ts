import type { ExcelRun } from './office';

/** The pane's links: show a sheet and, for a data issue, select the cell it names. */
export async function activateInExcel(run: ExcelRun, sheet: string, cell?: string): Promise<void> {
  await run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    if (cell) ws.getRange(cell).select();
    await ctx.sync();
  });
}
