/**
 * The documents stage: what is written from a review's result, made on demand, after the
 * review. The review itself (runReview) stops at the verdicts and targets, so the pane's live
 * review, rerun on each change the clerk makes, builds no sheet; the command line and the
 * pane's "Ghi kết quả vào sổ" call this stage when they write.
 *
 * One input for every renderer: `documentInput(outcome)` is what the sheet renderers
 * (src/sheets/forms/) and the Word renderer (src/documents/word/) are built from; the
 * context the review keeps for this stage (`PaperContext`) is plain data.
 */
import type { SheetSpec } from '../sheets/grid';
import { layoutResults } from '../sheets/layout';
import { documentSheets } from '../sheets/forms';
import type { DocumentInput } from '../dossier/letterhead';
import { registrationColumns } from '../sheets/forms/registration';
import { printReady } from '../sheets/print/print-ready';
import { shortfallSheet } from '../sheets/shortfall';
import { chartSheet } from '../sheets/charts';
import { withReviewMemo } from '../sheets/text-memo';
import type { PaperContext, ReviewOutcome } from './outcome';
import { missingAgencyFields } from '../dossier/dossier';
import { contextOf } from '../dossier/context';
import { t } from '../i18n/catalogue';

export type { PaperContext };

/** The input of every paper, sheet or Word, or undefined when the review stopped on a data error. */
export function documentInput(outcome: ReviewOutcome): DocumentInput | undefined {
  const ctx = outcome.papers;
  if (!outcome.result || !ctx) return undefined;
  return { result: outcome.result, ruleSet: ctx.ruleSet, agency: ctx.agency, unitOrder: ctx.unitOrder, lang: ctx.lang, names: ctx.names };
}

/**
 * Every sheet to write for a review, in order: the result tables, the papers and the forms,
 * each made ready to print (row heights, one page wide, the signature kept with the table).
 * Made once per outcome: the outcome's own `sheets` (withPapers), remembered by the outcome
 * itself, not by this module.
 */
export function resultSheets(outcome: ReviewOutcome): SheetSpec[] {
  return outcome.sheets;
}

/** Where the documents stage is: `done` of `total` steps, the sheet just made ready. */
export interface SheetStep {
  done: number;
  total: number;
  sheet: string;
}

const SHEET_BOX = Symbol('sheets');

/** The outcome's own box for its sheets, made by `withPapers` (so no module keeps them). */
function boxOf(outcome: ReviewOutcome): { sheets?: SheetSpec[] } {
  return (outcome as unknown as { [SHEET_BOX]?: { sheets?: SheetSpec[] } })[SHEET_BOX] ?? {};
}

/** Every step at once; the texts and shared cells remembered while laying out belong to this review alone. */
function allSteps(outcome: ReviewOutcome): SheetSpec[] {
  return withReviewMemo(() => {
    const steps = resultSheetSteps(outcome);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
  });
}

/**
 * The documents stage in steps, for a caller that hands the thread back between them (the
 * pane, so that writing 20 000 people is no single long task and a progress bar can move):
 * the tables, the papers, then each sheet made ready to print. The result is `resultSheets`'
 * (kept in the outcome's own box). Run each step inside `withReviewMemo`, or the whole inside one.
 */
export function* resultSheetSteps(outcome: ReviewOutcome): Generator<SheetStep, SheetSpec[], void> {
  const box = boxOf(outcome);
  if (box.sheets) return box.sheets;
  const input = documentInput(outcome);
  const ctx = outcome.papers;
  if (!input || !ctx) return [];
  const { result, lang } = input;
  const tables = layoutResults({
    result,
    ruleSet: ctx.ruleSet,
    issues: ctx.issues,
    recognitions: ctx.recognitions,
    unitOrder: ctx.unitOrder,
    lang,
    registration: ctx.registered ? registrationColumns(result, ctx.registered, lang).attainment : undefined,
    names: ctx.names,
    reading: ctx.reading,
  });
  yield { done: 1, total: 3, sheet: '' };
  const papers = documentSheets(input, new Set(ctx.inputNames));
  yield { done: 2, total: 3, sheet: '' };
  // Who is one step from a title, and which candidates could close each target's gap.
  const shortfall = shortfallSheet(result, ctx.ruleSet, lang);
  const charts = chartSheet(result, ctx.ruleSet, ctx.unitOrder, lang);
  const all = [...tables, shortfall, ...(charts ? [charts] : []), ...papers].sort((a, b) => (a.order ?? 50) - (b.order ?? 50));
  const total = all.length + 3;
  yield { done: 3, total, sheet: '' };
  const sheets: SheetSpec[] = [];
  for (const s of all) {
    sheets.push(printReady(s, lang));
    yield { done: sheets.length + 3, total, sheet: s.name };
  }
  box.sheets = sheets;
  return sheets;
}

/**
 * The outcome with `sheets` made by this stage on first read: code that reads
 * `outcome.sheets` still works, and the pane's live review, which never reads it, builds none.
 */
export function withPapers(outcome: Omit<ReviewOutcome, 'sheets' | 'papers'>, papers: PaperContext): ReviewOutcome {
  const o = { ...outcome, papers } as ReviewOutcome;
  const box: { sheets?: SheetSpec[] } = {};
  Object.defineProperty(o, SHEET_BOX, { value: box, enumerable: false });
  Object.defineProperty(o, 'sheets', { get: () => (box.sheets ??= allSteps(o)), enumerable: true, configurable: true });
  return o;
}

/**
 * The outcome with its sheets already made (by the same stage, in a worker): the write then
 * takes them as they are instead of making them again on this thread.
 */
export function withSheets(outcome: ReviewOutcome, sheets: SheetSpec[]): ReviewOutcome {
  boxOf(outcome).sheets = sheets;
  return outcome;
}

/**
 * What the papers of a review still lack, before any is made: each field of the agency the
 * clerk has not set (printed derived or as "……"), with its name in the clerk's language.
 * The command line prints it, the JSON carries it (`papers.missing`), the pane shows it.
 */
export function papersMissing(outcome: ReviewOutcome): { field: string; label: string }[] {
  const input = documentInput(outcome);
  if (!input) return [];
  return missingAgencyFields(input, outcome.settings.plan).map((field) => ({ field, label: t(`pane.agency.${field}`, {}, outcome.lang) }));
}

/** The agency as the papers will print it (letterhead and signer), for the JSON and the pane. */
export function papersAgencyShown(outcome: ReviewOutcome): Record<string, string> | undefined {
  const input = documentInput(outcome);
  if (!input) return undefined;
  const a = contextOf(input, outcome.settings.plan).agencyP;
  return { parent: a.parent, name: a.name, place: a.place, signerTitle: a.signerTitle, signerName: a.signerName, code: a.code, recipient: a.recipient };
}
