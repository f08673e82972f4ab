/**
 * Drives the pipeline over any WorkbookPort: the pane, the preview and the command line
 * call these two functions and nothing else.
 */
import { runReview, type ReviewOutcome, type ReviewOverrides } from '../pipeline/run';
import { resultSheets } from '../pipeline/documents';
import { printReady } from '../sheets/print/print-ready';
import { emptySettings } from '../domain/settings';
import type { WorkbookPort, WriteReport } from './port';
import { inputSheetNames } from '../sheets/own-sheets';
import { carryForward, HISTORY_SHEET, type AmbiguousMatch } from '../sheets/carry-forward';

export async function reviewWorkbook(port: WorkbookPort, overrides: ReviewOverrides & { today?: string } = {}): Promise<ReviewOutcome> {
  const settings = (await port.getSettings()) ?? emptySettings();
  // The add-in's own sheets are results, never input.
  const names = inputSheetNames(
    (await port.sheets()).map((s) => s.name),
    settings.ownedSheets,
  );
  const grids = await port.read(names);
  return runReview(grids, settings, overrides);
}

export async function writeOutcome(
  port: WorkbookPort,
  outcome: ReviewOutcome,
  by: 'cli' | 'addin' | 'preview',
  onProgress?: (done: number, total: number, sheet: string) => void,
  now: () => string = () => new Date().toISOString(),
): Promise<WriteReport> {
  if (!outcome.result) throw new Error('nothing to write: the review stopped on a data error');
  const settings = { ...outcome.settings, lastRun: { at: now(), by } };
  // The documents stage runs here, when the results are written, not on each review.
  return port.write(resultSheets(outcome), settings, { replace: outcome.settings.ownedSheets, onProgress });
}

export type CloseYearResult =
  { ok: true; outcome: ReviewOutcome; added: number; ambiguous: AmbiguousMatch[]; report: WriteReport } | { ok: false; outcome: ReviewOutcome; reason: 'data-error' | 'mid-year' | 'history-not-ours' };

/**
 * "Chốt kết quả năm": this year's final titles and ratings appended to the long-form history
 * sheet (created when absent), so next year's review finds the consecutive years. Run twice,
 * it adds nothing twice; people it cannot tell apart are returned in `ambiguous`, not guessed.
 * A sheet of that name the clerk made is not rewritten (its formatting would be lost).
 */
export async function closeYear(port: WorkbookPort, overrides: ReviewOverrides & { today?: string } = {}): Promise<CloseYearResult> {
  const outcome = await reviewWorkbook(port, overrides);
  if (!outcome.result) return { ok: false, outcome, reason: 'data-error' };
  if (outcome.result.phase === 'mid') return { ok: false, outcome, reason: 'mid-year' };
  const stored = (await port.getSettings()) ?? emptySettings();
  const same = (await port.sheets()).find((s) => s.name.toLowerCase() === HISTORY_SHEET.toLowerCase());
  const exists = same?.name === HISTORY_SHEET;
  if (same && (!exists || stored.historySheet !== HISTORY_SHEET)) return { ok: false, outcome, reason: 'history-not-ours' };
  const [grid] = exists ? await port.read([HISTORY_SHEET]) : [null];
  // Read back by its Vietnamese headers next year: always written in Vietnamese.
  const { spec, added, ambiguous } = carryForward(grid ?? null, outcome.result, 'vi');
  // The year is closed: the next review takes its date from the workbook again.
  const { reviewDate: _d, phase: _p, ...rest } = outcome.settings;
  const settings = { ...rest, historySheet: HISTORY_SHEET };
  const report = await port.write([{ ...printReady(spec), handOver: true, lang: 'vi' }], settings, { replace: exists ? [HISTORY_SHEET] : [] });
  return { ok: true, outcome, added, ambiguous, report };
}
