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

/**
 * Calls `onEdit` when the clerk changes a cell (ExcelApi 1.9's WorksheetCollection.onChanged),
 * so the pane can say its numbers are those read before. Returns the unsubscribe; where the
 * event does not exist, nothing is watched (the pane's hint to read again still stands).
 */
export function watchEdits(run: ExcelRun, supports: (set: string, version: string) => boolean, onEdit: () => void): () => void {
  if (!supports('ExcelApi', '1.9')) return () => undefined;
  let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
  let stopped = false;
  void run(async (ctx) => {
    handler = ctx.workbook.worksheets.onChanged.add(async (e) => {
      // Only the clerk's typing: the add-in's own writes say so where Excel tells (ExcelApi 1.14).
      if (e.triggerSource === 'ThisLocalAddin') return;
      onEdit();
    });
    await ctx.sync();
    if (stopped) handler.remove();
  }).catch(() => undefined);
  return () => {
    stopped = true;
    if (!handler) return;
    const h = handler;
    // A handler is removed in the context that added it (Office's own pattern).
    void Excel.run(h.context, async (ctx) => {
      h.remove();
      await ctx.sync();
    }).catch(() => undefined);
  };
}
