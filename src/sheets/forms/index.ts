/**
 * The printable documents of a review, beside the result tables: one official
 * nomination list per title, the council's ballots and the tally to type votes into, the
 * registration form for next year; at mid-year the progress report. Pure.
 */
import type { SheetSpec } from '../grid';
import { ballotSheets, votedTitles } from './ballots';
import { midYearReportSheet } from './mid-year';
import { DOC_SHEET_NAMES, nominationSheets } from './nomination';
import type { DocumentInput } from '../../dossier/letterhead';
import { registrationSheet } from './registration';
import { tallySheet } from './tally';

export { DOC_SHEET_NAMES };

/**
 * `existing`: names of the sheets already in the workbook that are not the add-in's own.
 * Forms the clerk fills in (the tally, the registration) are handed over: written only when
 * absent, never replaced, so what the clerk typed is never lost. The tally is one per year
 * ("Kiểm phiếu 2014"), so last year's votes never decide this year's review.
 */
export function documentSheets(input: DocumentInput, existing: ReadonlySet<string>): SheetSpec[] {
  if (input.result.phase === 'mid') return [midYearReportSheet(input)];
  const voted = votedTitles(input);
  // No proposal sheet: the Tờ trình is a Word paper per authority (src/dossier/papers/proposal.ts),
  // which the lists here are printed with.
  const sheets = [...nominationSheets(input), ...ballotSheets(input, voted)];
  // The forms are read back by their Vietnamese headers: they are always written in Vietnamese.
  const vi: DocumentInput = { ...input, lang: 'vi' };
  if (voted.length && !existing.has(DOC_SHEET_NAMES.tally(input.result.year))) sheets.push({ ...tallySheet(vi, voted), handOver: true, lang: 'vi' });
  const registration = DOC_SHEET_NAMES.registration(input.result.year + 1);
  if (!existing.has(registration)) sheets.push({ ...registrationSheet(vi), handOver: true, lang: 'vi' });
  return sheets;
}
