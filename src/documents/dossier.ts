/**
 * The dossier of a review, split by who decides: the council's minutes and its tally, the
 * Quyết định of the head of the agency for what is his to give, a Tờ trình to each authority
 * above for the rest, a Báo cáo thành tích per nominee of those; at mid-year the Báo cáo sơ
 * kết. Pure: the review's result in, papers (documents/model.ts) out.
 */
import type { DocumentInput } from '../sheets/documents/official-form';
import type { Dossier, Paper } from './model';
import type { Plan } from '../domain/plan';
import { contextOf, isDraft } from './papers/common';
import { minutesPaper } from './papers/minutes';
import { tallyMinutesPaper } from './papers/tally-minutes';
import { decisionPaper } from './papers/decision';
import { proposalPaper } from './papers/proposal';
import { achievementPapers } from './papers/achievement';
import { midYearPaper } from './papers/mid-year';

export function buildDossier(input: DocumentInput, plan?: Plan): Dossier {
  const c = contextOf({ ...input, lang: 'vi' }, plan);
  const year = input.result.year;
  if (input.result.phase === 'mid') return { year, papers: [midYearPaper(c)] };
  const papers = [
    minutesPaper(c),
    tallyMinutesPaper(c),
    decisionPaper(c),
    proposalPaper(c, 'province-chair'),
    proposalPaper(c, 'minister'),
    ...achievementPapers(c, (rules) => isDraft(c, rules)),
  ].filter((p): p is Paper => p !== null);
  return { year, papers };
}

/** Fields of the agency's paper settings the papers had to guess or leave blank. */
export const missingAgencyFields = (input: DocumentInput, plan?: Plan): string[] => contextOf(input, plan).agencyP.missing;
