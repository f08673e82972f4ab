/**
 * Drives the pipeline over any WorkbookPort: the pane, the preview and the command line
 * call these two functions and nothing else.
 */
import { runReview, type ReviewOutcome, type ReviewOverrides } from '../pipeline/run';
import { emptySettings } from '../pipeline/settings';
import { SETTINGS_SHEET, type WorkbookPort, type WriteReport } from './port';

export async function reviewWorkbook(port: WorkbookPort, overrides: ReviewOverrides & { today?: string } = {}): Promise<ReviewOutcome> {
  const settings = (await port.getSettings()) ?? emptySettings();
  const own = new Set([SETTINGS_SHEET, ...settings.ownedSheets]);
  // The add-in's own sheets are results, never input.
  const names = (await port.sheets()).map((s) => s.name).filter((n) => !own.has(n));
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
  return port.write(outcome.sheets, settings, { replace: outcome.settings.ownedSheets, onProgress });
}
